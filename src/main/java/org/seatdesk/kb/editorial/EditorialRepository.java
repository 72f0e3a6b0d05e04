package org.seatdesk.kb.editorial;

import java.util.List;
import java.util.UUID;

import org.seatdesk.sync.OutboxOperation;

/// The editorial records in the local database. Every write stores its record and its outbox
/// operations in one transaction (sync principle 1).
public interface EditorialRepository {

    List<Step> allSteps();

    List<Step> steps(UUID itemId);

    List<Revision> revisions(UUID itemId);

    /// The newest revision of every item that has one.
    List<Revision> latestRevisions();

    List<Material> materials(UUID itemId);

    /// How many chunks of each chunked material of the item are here (R-KB-2, ADR 0023).
    java.util.Map<UUID, Integer> chunksHere(UUID itemId);

    List<MaterialChunk> chunks(UUID materialId);

    List<CatalogueEntry> catalogueEntries();

    void appendStep(Step step, List<OutboxOperation> ops);

    void appendRevision(Revision revision, OutboxOperation op);

    /// The header with its operation, then every chunk with its own, in one transaction. The
    /// chunks are made as they are written, so a 10 MiB file is not held three times over.
    void addMaterial(Material material, OutboxOperation op, Iterable<OutgoingChunk> chunks);

    void appendCatalogueEntry(CatalogueEntry entry, OutboxOperation op);

    record OutgoingChunk(MaterialChunk chunk, OutboxOperation op) {
    }
}

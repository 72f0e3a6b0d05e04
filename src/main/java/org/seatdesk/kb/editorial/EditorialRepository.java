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

    List<CatalogueEntry> catalogueEntries();

    void appendStep(Step step, List<OutboxOperation> ops);

    void appendRevision(Revision revision, OutboxOperation op);

    void addMaterial(Material material, OutboxOperation op);

    void appendCatalogueEntry(CatalogueEntry entry, OutboxOperation op);
}

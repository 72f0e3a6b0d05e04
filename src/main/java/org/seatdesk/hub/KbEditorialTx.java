package org.seatdesk.hub;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.MaterialChunk;
import org.seatdesk.kb.editorial.Revision;
import org.seatdesk.kb.editorial.Step;

/// The editorial tables inside a push transaction: what {@link KbEditorialRules} reads to
/// re-check a step and what it writes when it accepts one.
public interface KbEditorialTx {

    List<Step> steps(UUID itemId);

    List<Revision> revisions(UUID itemId);

    List<CatalogueEntry> catalogueEntries();

    /// `entity` is one of kb_step, kb_revision, kb_material, kb_material_chunk, kb_category.
    boolean exists(String entity, UUID id);

    void insert(Step step);

    void insert(Revision revision);

    void insert(Material material);

    void insert(CatalogueEntry entry);

    /// R-KB-2, ADR 0023: a material's header, and its chunks as they arrive.
    Optional<Material> material(UUID id);

    boolean chunkExists(UUID materialId, int chunkNo);

    int chunkCount(UUID materialId);

    List<MaterialChunk> chunks(UUID materialId);

    void insert(MaterialChunk chunk);
}

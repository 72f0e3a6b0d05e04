package org.seatdesk.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.hub.KbEditorialTx;
import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.MaterialChunk;
import org.seatdesk.kb.editorial.Revision;
import org.seatdesk.kb.editorial.Step;

/// The hub's view of the editorial tables inside one push transaction.
record JooqKbEditorialTx(DSLContext tx) implements KbEditorialTx {

    @Override
    public List<Step> steps(UUID itemId) {
        return EditorialTables.steps(tx, itemId);
    }

    @Override
    public List<Revision> revisions(UUID itemId) {
        return EditorialTables.revisions(tx, itemId);
    }

    @Override
    public List<CatalogueEntry> catalogueEntries() {
        return EditorialTables.catalogueEntries(tx);
    }

    @Override
    public boolean exists(String entity, UUID id) {
        return EditorialTables.exists(tx, entity, id);
    }

    @Override
    public void insert(Step step) {
        EditorialTables.insert(tx, step);
    }

    @Override
    public void insert(Revision revision) {
        EditorialTables.insert(tx, revision);
    }

    @Override
    public void insert(Material material) {
        EditorialTables.insert(tx, material);
    }

    @Override
    public Optional<Material> material(UUID id) {
        return EditorialTables.material(tx, id);
    }

    @Override
    public boolean chunkExists(UUID materialId, int chunkNo) {
        return EditorialTables.chunkExists(tx, materialId, chunkNo);
    }

    @Override
    public int chunkCount(UUID materialId) {
        return EditorialTables.chunkCount(tx, materialId);
    }

    @Override
    public List<MaterialChunk> chunks(UUID materialId) {
        return EditorialTables.chunks(tx, materialId);
    }

    @Override
    public void insert(MaterialChunk chunk) {
        EditorialTables.insert(tx, chunk);
    }

    @Override
    public void insert(CatalogueEntry entry) {
        EditorialTables.insert(tx, entry);
    }
}

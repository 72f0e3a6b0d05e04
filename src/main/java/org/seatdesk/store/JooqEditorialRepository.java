package org.seatdesk.store;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.EditorialRepository;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.MaterialChunk;
import org.seatdesk.kb.editorial.Revision;
import org.seatdesk.kb.editorial.Step;
import org.seatdesk.sync.OutboxOperation;

/// The editors' records in the console's local database; each write with its outbox operations
/// in one transaction (sync principle 1).
public final class JooqEditorialRepository implements EditorialRepository {

    private final DSLContext dsl;

    public JooqEditorialRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public List<Step> allSteps() {
        return EditorialTables.allSteps(dsl);
    }

    @Override
    public List<Step> steps(UUID itemId) {
        return EditorialTables.steps(dsl, itemId);
    }

    @Override
    public List<Revision> revisions(UUID itemId) {
        return EditorialTables.revisions(dsl, itemId);
    }

    @Override
    public List<Revision> latestRevisions() {
        return EditorialTables.latestRevisions(dsl);
    }

    @Override
    public List<Material> materials(UUID itemId) {
        return EditorialTables.materials(dsl, itemId);
    }

    @Override
    public List<CatalogueEntry> catalogueEntries() {
        return EditorialTables.catalogueEntries(dsl);
    }

    /// The demo's editorial history (DemoEditorial), which its demo hub holds too: no outbox
    /// operations (nothing to push), and a record here already is kept. One transaction.
    /// Seeds the demo's editorial history once: `history` is only built (it parses every demo
    /// article) when no editorial step is here yet, since every start of the demo calls this.
    public void seedOnce(java.util.function.Supplier<org.seatdesk.demo.DemoEditorial.Records> history) {
        if (!dsl.fetchExists(org.seatdesk.store.jooq.Tables.KB_STEP)) {
            seedIfAbsent(history.get());
        }
    }

    public void seedIfAbsent(org.seatdesk.demo.DemoEditorial.Records history) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            history.catalogue().stream().filter(e -> !EditorialTables.exists(tx, org.seatdesk.kb.editorial.EditorialService.CATALOGUE, e.id()))
                    .forEach(e -> EditorialTables.insert(tx, e));
            history.steps().stream().filter(st -> !EditorialTables.exists(tx, org.seatdesk.kb.editorial.EditorialService.STEP, st.id()))
                    .forEach(st -> EditorialTables.insert(tx, st));
            history.revisions().stream().filter(r -> !EditorialTables.exists(tx, org.seatdesk.kb.editorial.EditorialService.REVISION, r.id()))
                    .forEach(r -> EditorialTables.insert(tx, r));
        });
    }

    @Override
    public void appendStep(Step step, List<OutboxOperation> ops) {
        dsl.transaction(cfg -> {
            EditorialTables.insert(cfg.dsl(), step);
            ops.forEach(op -> OutboxWriter.append(cfg.dsl(), op));
        });
    }

    @Override
    public void appendRevision(Revision revision, OutboxOperation op) {
        dsl.transaction(cfg -> {
            EditorialTables.insert(cfg.dsl(), revision);
            OutboxWriter.append(cfg.dsl(), op);
        });
    }

    @Override
    public java.util.Map<UUID, Integer> chunksHere(UUID itemId) {
        return EditorialTables.chunksHere(dsl, itemId);
    }

    @Override
    public List<MaterialChunk> chunks(UUID materialId) {
        return EditorialTables.chunks(dsl, materialId);
    }

    @Override
    public void addMaterial(Material material, OutboxOperation op, Iterable<OutgoingChunk> chunks) {
        dsl.transaction(cfg -> {
            EditorialTables.insert(cfg.dsl(), material);
            OutboxWriter.append(cfg.dsl(), op);
            for (OutgoingChunk c : chunks) {
                EditorialTables.insert(cfg.dsl(), c.chunk());
                OutboxWriter.append(cfg.dsl(), c.op());
            }
        });
    }

    @Override
    public void appendCatalogueEntry(CatalogueEntry entry, OutboxOperation op) {
        dsl.transaction(cfg -> {
            EditorialTables.insert(cfg.dsl(), entry);
            OutboxWriter.append(cfg.dsl(), op);
        });
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.KB_CATEGORY;
import static org.seatdesk.store.jooq.Tables.KB_MATERIAL;
import static org.seatdesk.store.jooq.Tables.KB_MATERIAL_CHUNK;
import static org.seatdesk.store.jooq.Tables.KB_REVISION;
import static org.seatdesk.store.jooq.Tables.KB_STEP;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.EditorialAction;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.MaterialChunk;
import org.seatdesk.kb.editorial.Revision;
import org.seatdesk.kb.editorial.Step;
import org.seatdesk.store.jooq.tables.records.KbCategoryRecord;
import org.seatdesk.store.jooq.tables.records.KbMaterialChunkRecord;
import org.seatdesk.store.jooq.tables.records.KbMaterialRecord;
import org.seatdesk.store.jooq.tables.records.KbRevisionRecord;
import org.seatdesk.store.jooq.tables.records.KbStepRecord;
import org.seatdesk.sync.Payloads;

/// The editorial tables of V10, the same at seats, supervisor consoles and the hub: read,
/// insert, and apply a pulled change. Every record is append-only, so applying is "insert if new".
final class EditorialTables {

    private EditorialTables() {
    }

    static List<Step> steps(DSLContext tx, UUID itemId) {
        return tx.selectFrom(KB_STEP).where(KB_STEP.ITEM_ID.eq(itemId)).orderBy(KB_STEP.STEP_NO).fetch(EditorialTables::step);
    }

    static List<Step> allSteps(DSLContext tx) {
        return tx.selectFrom(KB_STEP).orderBy(KB_STEP.ITEM_ID, KB_STEP.STEP_NO).fetch(EditorialTables::step);
    }

    static List<Revision> revisions(DSLContext tx, UUID itemId) {
        return tx.selectFrom(KB_REVISION).where(KB_REVISION.ITEM_ID.eq(itemId)).orderBy(KB_REVISION.REVISION_NO)
                .fetch(EditorialTables::revision);
    }

    static List<Revision> latestRevisions(DSLContext tx) {
        var newer = KB_REVISION.as("newer");
        return tx.selectFrom(KB_REVISION)
                .whereNotExists(DSL.selectOne().from(newer).where(newer.ITEM_ID.eq(KB_REVISION.ITEM_ID))
                        .and(newer.REVISION_NO.gt(KB_REVISION.REVISION_NO)))
                .fetch(EditorialTables::revision);
    }

    static List<Material> materials(DSLContext tx, UUID itemId) {
        return tx.selectFrom(KB_MATERIAL).where(KB_MATERIAL.ITEM_ID.eq(itemId)).orderBy(KB_MATERIAL.AT)
                .fetch(EditorialTables::material);
    }

    static Optional<Material> material(DSLContext tx, UUID id) {
        return tx.selectFrom(KB_MATERIAL).where(KB_MATERIAL.ID.eq(id)).fetchOptional(EditorialTables::material);
    }

    /// R-KB-2, ADR 0023: the chunks of each chunked material of the item that are here.
    static Map<UUID, Integer> chunksHere(DSLContext tx, UUID itemId) {
        return tx.select(KB_MATERIAL_CHUNK.MATERIAL_ID, DSL.count()).from(KB_MATERIAL_CHUNK)
                .where(KB_MATERIAL_CHUNK.MATERIAL_ID.in(DSL.select(KB_MATERIAL.ID).from(KB_MATERIAL)
                        .where(KB_MATERIAL.ITEM_ID.eq(itemId))))
                .groupBy(KB_MATERIAL_CHUNK.MATERIAL_ID)
                .fetchMap(KB_MATERIAL_CHUNK.MATERIAL_ID, DSL.count());
    }

    static int chunkCount(DSLContext tx, UUID materialId) {
        return tx.fetchCount(KB_MATERIAL_CHUNK, KB_MATERIAL_CHUNK.MATERIAL_ID.eq(materialId));
    }

    static List<MaterialChunk> chunks(DSLContext tx, UUID materialId) {
        return tx.selectFrom(KB_MATERIAL_CHUNK).where(KB_MATERIAL_CHUNK.MATERIAL_ID.eq(materialId))
                .orderBy(KB_MATERIAL_CHUNK.CHUNK_NO)
                .fetch(r -> new MaterialChunk(r.getId(), r.getMaterialId(), r.getChunkNo(), r.getContentBase64()));
    }

    static boolean chunkExists(DSLContext tx, UUID materialId, int chunkNo) {
        return tx.fetchExists(KB_MATERIAL_CHUNK, KB_MATERIAL_CHUNK.MATERIAL_ID.eq(materialId)
                .and(KB_MATERIAL_CHUNK.CHUNK_NO.eq(chunkNo)));
    }

    static List<CatalogueEntry> catalogueEntries(DSLContext tx) {
        return tx.selectFrom(KB_CATEGORY).orderBy(KB_CATEGORY.AT, KB_CATEGORY.ID)
                .fetch(r -> new CatalogueEntry(r.getId(), r.getSection(), r.getCategory(),
                        CatalogueEntry.Change.valueOf(r.getChangeKind()), r.getActorId(), r.getActorName(), instant(r.getAt())));
    }

    static void insert(DSLContext tx, Step s) {
        tx.executeInsert(new KbStepRecord(s.id(), s.itemId(), s.stepNo(), s.action().name(), s.actorId(), s.actorName(),
                utc(s.at()), s.note(), s.department()));
    }

    static void insert(DSLContext tx, Revision r) {
        tx.executeInsert(new KbRevisionRecord(r.id(), r.itemId(), r.revisionNo(), r.section(), r.category(), r.title(),
                r.body(), r.language(), r.tags(), r.authorId(), r.authorName(), utc(r.at())));
    }

    static void insert(DSLContext tx, Material m) {
        tx.executeInsert(new KbMaterialRecord(m.id(), m.itemId(), m.fileName(), m.mediaType(), m.sizeBytes(),
                m.contentBase64(), m.addedBy(), m.addedByName(), utc(m.at()), m.chunkCount(), m.sha256()));
    }

    static void insert(DSLContext tx, MaterialChunk c) {
        tx.executeInsert(chunkRecord(c));
    }

    static KbMaterialChunkRecord chunkRecord(MaterialChunk c) {
        return new KbMaterialChunkRecord(c.id(), c.materialId(), c.chunkNo(), c.contentBase64());
    }

    static void insert(DSLContext tx, CatalogueEntry e) {
        tx.executeInsert(new KbCategoryRecord(e.id(), e.section(), e.category(), e.change().name(), e.actorId(),
                e.actorName(), utc(e.at())));
    }

    /// True if a record of this editorial entity and id is stored already.
    static boolean exists(DSLContext tx, String entity, UUID id) {
        return switch (entity) {
            case EditorialService.STEP -> tx.fetchExists(KB_STEP, KB_STEP.ID.eq(id));
            case EditorialService.REVISION -> tx.fetchExists(KB_REVISION, KB_REVISION.ID.eq(id));
            case EditorialService.MATERIAL -> tx.fetchExists(KB_MATERIAL, KB_MATERIAL.ID.eq(id));
            case EditorialService.MATERIAL_CHUNK -> tx.fetchExists(KB_MATERIAL_CHUNK, KB_MATERIAL_CHUNK.ID.eq(id));
            case EditorialService.CATALOGUE -> tx.fetchExists(KB_CATEGORY, KB_CATEGORY.ID.eq(id));
            default -> throw new IllegalArgumentException("not an editorial entity: " + entity);
        };
    }

    /// Seat side of sync: stores a pulled editorial record unless it is here already (its own, or delivered twice).
    static boolean apply(DSLContext tx, String entity, UUID id, String payload) {
        if (exists(tx, entity, id)) {
            return false;
        }
        switch (entity) {
            case EditorialService.STEP -> insert(tx, Payloads.read(payload, Step.class));
            case EditorialService.REVISION -> insert(tx, Payloads.read(payload, Revision.class));
            case EditorialService.MATERIAL -> insert(tx, Payloads.read(payload, Material.class));
            case EditorialService.MATERIAL_CHUNK -> insert(tx, Payloads.read(payload, MaterialChunk.class));
            default -> insert(tx, Payloads.read(payload, CatalogueEntry.class));
        }
        return true;
    }

    private static Material material(KbMaterialRecord r) {
        return new Material(r.getId(), r.getItemId(), r.getFileName(), r.getMediaType(), r.getSizeBytes(),
                r.getContentBase64(), r.getAddedBy(), r.getAddedByName(), instant(r.getAt()), r.getChunkCount(),
                r.getSha256());
    }

    private static Step step(KbStepRecord r) {
        return new Step(r.getId(), r.getItemId(), r.getStepNo(), EditorialAction.valueOf(r.getAction()), r.getActorId(),
                r.getActorName(), instant(r.getAt()), r.getNote(), r.getDepartment());
    }

    private static Revision revision(KbRevisionRecord r) {
        return new Revision(r.getId(), r.getItemId(), r.getRevisionNo(), r.getSection(), r.getCategory(), r.getTitle(),
                r.getBody(), r.getLanguage(), r.getTags(), r.getAuthorId(), r.getAuthorName(), instant(r.getAt()));
    }
}

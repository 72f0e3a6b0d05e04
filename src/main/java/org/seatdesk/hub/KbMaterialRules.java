package org.seatdesk.hub;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.seatdesk.kb.editorial.EditorialFlow;
import org.seatdesk.kb.editorial.EditorialPolicy;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.EditorialState;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.MaterialChunk;
import org.seatdesk.kb.editorial.MaterialChunks;
import org.seatdesk.kb.editorial.Reassembly;

/// The hub's check of original material (R-KB-2, ADR 0023): a `kb_material` header names the
/// file's size, chunk count and sha-256; each `kb_material_chunk` must fit it (index, size), come
/// from the person who attached the file, and arrive once; the chunk that completes the file is
/// accepted only if the whole has the header's sha-256. Roles per domain.md: KB editor, centre
/// director (`EditorialPolicy`).
final class KbMaterialRules {

    private KbMaterialRules() {
    }

    static PushService.Outcome decide(KbEditorialTx tx, Caller caller, Operation op) {
        if (!EditorialPolicy.mayAddMaterial(caller.role())) {
            return PushService.forbidden("the role " + caller.role() + " cannot add material (R-KB-2: KB editor, centre director)");
        }
        try {
            return EditorialService.MATERIAL.equals(op.entity())
                    ? header(tx, caller, op, Json.MAPPER.treeToValue(op.payload(), Material.class))
                    : chunk(tx, caller, op, Json.MAPPER.treeToValue(op.payload(), MaterialChunk.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return PushService.rejected("invalid_request", "the payload is not a " + op.entity() + " record");
        }
    }

    private static PushService.Outcome header(KbEditorialTx tx, Caller caller, Operation op, Material m) {
        if (m.id() == null || m.itemId() == null || m.addedBy() == null || m.addedByName() == null || m.at() == null
                || m.fileName() == null || m.mediaType() == null) {
            return PushService.rejected("invalid_request", "material needs every field");
        }
        PushService.Outcome refused = KbEditorialRules.common(tx, caller, op, m.id(), m.addedBy(), m.addedByName());
        if (refused != null) {
            return refused;
        }
        EditorialState state = EditorialFlow.stateAfter(tx.steps(m.itemId())).orElse(null);
        if (state == null || state == EditorialState.REMOVED) {
            return PushService.rejected("not_found", "no such item");
        }
        if (m.fileName().isBlank() || m.fileName().length() > Material.FILE_NAME_LIMIT
                || m.mediaType().length() > Material.MEDIA_TYPE_LIMIT) {
            return PushService.rejected("invalid_request", "fileName is 1 … " + Material.FILE_NAME_LIMIT
                    + " characters, mediaType at most " + Material.MEDIA_TYPE_LIMIT);
        }
        String problem = m.chunkCount() == null ? inlineProblem(m) : MaterialChunks.headerProblem(m);
        if (problem != null) {
            return PushService.rejected("invalid_request", problem);
        }
        return KbEditorialRules.accepted(() -> tx.insert(m), m);
    }

    /// A record of a console from before V14: the whole file inline, at most 12 KiB.
    private static String inlineProblem(Material m) {
        if (m.sizeBytes() < 1 || m.sizeBytes() > Material.INLINE_LIMIT) {
            return "material with its content inline is 1 … " + Material.INLINE_LIMIT
                    + " bytes; a larger file is sent as chunks (kb_material_chunk)";
        }
        Reassembly inline = MaterialChunks.reassemble(m, List.of());
        return inline instanceof Reassembly.Corrupt corrupt ? corrupt.reason() : null;
    }

    private static PushService.Outcome chunk(KbEditorialTx tx, Caller caller, Operation op, MaterialChunk c) {
        if (c.id() == null || c.materialId() == null || c.contentBase64() == null) {
            return PushService.rejected("invalid_request", "a chunk needs id, materialId, chunkNo and contentBase64");
        }
        if (!c.id().equals(op.entityId())) {
            return PushService.rejected("invalid_request", "entityId differs from the payload's id");
        }
        Material header = tx.material(c.materialId()).orElse(null);
        if (header == null || header.chunkCount() == null) {
            return PushService.rejected("not_found", "no chunked material " + c.materialId() + ": its header comes first");
        }
        if (!header.addedBy().equals(caller.staffId())) {
            return PushService.forbidden("a material's chunks come from the person who attached it");
        }
        String misfit = MaterialChunks.chunkProblem(header, c);
        if (misfit != null) {
            return PushService.rejected("invalid_request", misfit);
        }
        if (tx.exists(op.entity(), c.id()) || tx.chunkExists(c.materialId(), c.chunkNo())) {
            return PushService.rejected("invalid_request", "chunk " + c.chunkNo() + " of this material is here already");
        }
        if (tx.chunkCount(c.materialId()) + 1 == header.chunkCount()) {
            // The last chunk to arrive: the whole must be the file the header names.
            List<MaterialChunk> all = new ArrayList<>(tx.chunks(c.materialId()));
            all.add(c);
            if (!(MaterialChunks.reassemble(header, all) instanceof Reassembly.Complete)) {
                return PushService.rejected("invalid_request", "the chunks do not make the file the header names: "
                        + "its sha-256 differs");
            }
        }
        return KbEditorialRules.accepted(() -> tx.insert(c), c);
    }
}

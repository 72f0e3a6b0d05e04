package org.seatdesk.app;

import java.util.UUID;

import org.seatdesk.kb.editorial.Actor;
import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.EditorialAction;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.MaterialChunk;
import org.seatdesk.kb.editorial.MaterialChunks;
import org.seatdesk.kb.editorial.RevisionDraft;
import org.seatdesk.security.Staff;
import org.seatdesk.store.JooqStaffRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.sync.HubWire;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;

/// Editorial work for the `kb-editor.png` snapshot (issue 6): a catalogue, an article published
/// and one being edited with two versions and its original material, and a notice waiting for
/// the centre director.
/// Article text is content, not UI: it stays in the language it was written in.
final class KbEditorExample {

    private KbEditorExample() {
    }

    /// Returns the item being edited, which the snapshot shows.
    static UUID seed(SeatContext context) {
        JooqStaffRepository staff = new JooqStaffRepository(context.database);
        Actor editor = actor(staff.credentials("K001").orElseThrow().staff());
        Actor director = actor(staff.credentials("C001").orElseThrow().staff());
        EditorialService kb = context.editorial;
        // The demo's own articles brought some categories already (Demo.seed).
        for (String[] c : new String[][] {{"BUSINESS", "POS 终端故障"}, {"BUSINESS", "银行卡业务"}, {"COMPREHENSIVE", "Notices"}}) {
            if (!kb.catalogue().contains(c[0], c[1])) {
                kb.changeCatalogue(editor, c[0], c[1], CatalogueEntry.Change.ADD);
            }
        }

        UUID published = kb.receiveNotice(editor, "Consumables delivery hours", "Logistics").itemId();
        kb.take(director, published, EditorialAction.DIRECTOR_READ, null);
        kb.take(editor, published, EditorialAction.START_EDITING, null);
        kb.saveRevision(editor, published, new RevisionDraft("COMPREHENSIVE", "Notices", "Consumables delivery hours",
                "Paper rolls are delivered **Monday to Friday, 9:00–17:00**.\n", "en", "consumables, paper roll"));
        kb.take(editor, published, EditorialAction.ENTER, null);
        kb.take(editor, published, EditorialAction.CONFIRM, "Logistics, Mr Li, by e-mail");
        kb.take(editor, published, EditorialAction.PUBLISH, null);

        UUID edited = kb.receiveNotice(editor, "刷卡无响应处理办法（2026 版）", "银行卡部").itemId();
        kb.take(director, edited, EditorialAction.DIRECTOR_READ, null);
        kb.take(editor, edited, EditorialAction.START_EDITING, null);
        kb.saveRevision(editor, edited, new RevisionDraft("BUSINESS", "POS 终端故障", "刷卡无响应怎么办",
                "## 先请商户检查\n\n1. 确认终端已开机、已签到；\n2. 确认刷卡方向正确。\n", "zh", "刷卡, POS"));
        kb.saveRevision(editor, edited, new RevisionDraft("BUSINESS", "POS 终端故障", "刷卡无响应的处理办法",
                "## 先请商户检查\n\n1. 确认终端已开机、已签到；\n2. 确认刷卡方向正确；\n3. 换一张卡再试。\n\n"
                        + "仍无响应时，按 **R-TK-3** 登记工单（终端编号、装机地址、联系人、电话、问题描述）。\n\n"
                        + "> 参见 [银行卡部通知](https://bank.example/notice/2026-05)\n", "zh", "刷卡, POS, 无响应"));

        kb.receiveNotice(editor, "Merchant information change: new form", "Merchant services");
        material(context, editor, director, edited);
        return edited;
    }

    /// R-KB-2, ADR 0023: a scan kept with the item, and the centre director's fax of the notice
    /// still arriving (as the sync feed delivers it: the header and the first chunks).
    private static void material(SeatContext context, Actor editor, Actor director, UUID item) {
        java.util.Random bytes = new java.util.Random(2026);
        byte[] scan = new byte[1_250_000];
        bytes.nextBytes(scan);
        context.editorial.attach(editor, item, "银行卡部通知-扫描件.pdf", "application/pdf", scan);

        byte[] fax = new byte[2_100_000];
        bytes.nextBytes(fax);
        TimeOrderedIds ids = new TimeOrderedIds(java.time.Clock.systemUTC());
        Material header = new Material(ids.next(), item, "原始通知（传真）.tif", "image/tiff", fax.length, null,
                director.staffId(), director.name(), java.time.Instant.now(), MaterialChunks.countFor(fax.length),
                MaterialChunks.sha256(fax));
        java.util.List<HubWire.Change> arrived = new java.util.ArrayList<>();
        arrived.add(change(arrived.size(), EditorialService.MATERIAL, header.id(), header));
        for (int n = 0; n < 97; n++) {
            MaterialChunk chunk = MaterialChunks.chunk(ids.next(), header.id(), fax, n);
            arrived.add(change(arrived.size(), EditorialService.MATERIAL_CHUNK, chunk.id(), chunk));
        }
        JooqSyncRepository sync = new JooqSyncRepository(context.database);
        sync.applyPage(arrived, sync.cursor());
    }

    private static HubWire.Change change(int seq, String entity, UUID id, Object record) {
        return new HubWire.Change(seq + 1, entity, id, "APPEND", 1, Payloads.tree(Payloads.json(record)));
    }

    private static Actor actor(Staff staff) {
        return new Actor(staff.id(), staff.name(), staff.role());
    }
}

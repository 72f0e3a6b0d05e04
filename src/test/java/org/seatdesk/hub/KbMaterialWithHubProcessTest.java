package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.kb.editorial.EditorialException;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.KeptMaterial;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.MaterialChunk;
import org.seatdesk.kb.editorial.MaterialChunks;
import org.seatdesk.kb.editorial.Reassembly;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncEngine;

/// R-KB-2 with original material of real size, against a real hub process (`hub --demo`; ADR
/// 0023): a 3 MiB scan attached at the KB editor's supervisor console arrives byte-identical
/// (sha-256) at the editor's second console and the centre director's, as a header and 384
/// chunks through the ordinary outbox → hub → feed path; an agent's seat receives none of it;
/// over 10 MiB is refused at the console with nothing written; the hub refuses chunks from a
/// role that may not add material, from another person, and chunks that do not fit.
class KbMaterialWithHubProcessTest {

    private final List<AutoCloseable> open = new java.util.ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    @Test
    void rKb2AThreeMibScanAttachedAtOneConsoleArrivesByteIdenticalAtTheOtherEditorsConsoles(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            EditorialConsole editor = new EditorialConsole(open, dir.resolve("k001"), hub, "K001", "K01");
            EditorialConsole editorElsewhere = new EditorialConsole(open, dir.resolve("k001b"), hub, "K001", "K02");
            EditorialConsole director = new EditorialConsole(open, dir.resolve("c001"), hub, "C001", "C01");
            EditorialConsole seat = new EditorialConsole(open, dir.resolve("s07"), hub, "A001", "S07");
            UUID item = editor.onDb(() -> editor.editorial.receiveNotice(editor.actor, "银联刷卡新规（扫描件）", "银行卡部")).itemId();
            byte[] scan = new byte[3 * 1024 * 1024 + 123];
            new Random(42).nextBytes(scan);

            Material header = editor.onDb(() -> editor.editorial.attach(editor.actor, item, "银联通知-扫描.pdf",
                    "application/pdf", scan));
            assertThat(header.chunkCount()).isEqualTo(385);
            assertThat(TestData.outboxRows(editor.db)).as("header, chunks and the notice's step").isEqualTo(1 + 1 + 385);
            SyncEngine.Round pushed = editor.sync();

            assertThat(TestData.rejectedText(editor.db)).isEqualTo("[]");
            assertThat(pushed.pushed()).isEqualTo(1 + 1 + 385);
            assertThat(TestData.outboxRows(editor.db)).isZero();
            for (EditorialConsole other : List.of(editorElsewhere, director)) {
                other.sync();
                List<KeptMaterial> kept = other.onDb(() -> other.editorial.materials(item));
                assertThat(kept).singleElement().satisfies(k -> {
                    assertThat(k.complete()).isTrue();
                    assertThat(k.material().fileName()).isEqualTo("银联通知-扫描.pdf");
                    assertThat(k.material().sizeBytes()).isEqualTo(scan.length);
                });
                Reassembly whole = other.onDb(() -> other.editorial.content(kept.getFirst().material()));
                assertThat(whole).isInstanceOf(Reassembly.Complete.class);
                byte[] arrived = ((Reassembly.Complete) whole).content();
                assertThat(MaterialChunks.sha256(arrived)).isEqualTo(MaterialChunks.sha256(scan));
                assertThat(arrived).isEqualTo(scan);
            }
            // The agent's seat gets the notice's step (every kind but material) and no byte of the file.
            seat.sync();
            assertThat(seat.onDb(() -> seat.editorial.history(item))).hasSize(1);
            assertThat(seat.onDb(() -> seat.editorial.materials(item))).isEmpty();

            // Over the limit: refused at the console, nothing written, nothing to push.
            byte[] tooLarge = new byte[Material.SIZE_LIMIT + 1];
            assertThatThrownBy(() -> editor.onDb(() -> editor.editorial.attach(editor.actor, item, "big.pdf",
                    "application/pdf", tooLarge)))
                    .hasCauseInstanceOf(EditorialException.class)
                    .cause().extracting(e -> ((EditorialException) e).reason()).isEqualTo("material_size");
            assertThat(TestData.outboxRows(editor.db)).isZero();
            assertThat(editor.onDb(() -> editor.editorial.materials(item))).hasSize(1);
        }
    }

    @Test
    void rKb2TheHubRefusesChunksFromAnAgentFromAnotherPersonAndChunksThatDoNotFit(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            EditorialConsole editor = new EditorialConsole(open, dir.resolve("k001"), hub, "K001", "K01");
            EditorialConsole director = new EditorialConsole(open, dir.resolve("c001"), hub, "C001", "C01");
            EditorialConsole seat = new EditorialConsole(open, dir.resolve("s07"), hub, "A001", "S07");
            UUID item = editor.onDb(() -> editor.editorial.receiveNotice(editor.actor, "Card fees", "Card department")).itemId();
            byte[] file = new byte[3 * MaterialChunks.CHUNK_SIZE + 10];
            new Random(7).nextBytes(file);
            // The header and chunk 0 go out; chunks 1 … 3 stay back for the forgers below.
            Material header = new Material(UUID.randomUUID(), item, "fees.pdf", "application/pdf", file.length, null,
                    editor.actor.staffId(), editor.actor.name(), Instant.now(), 4, MaterialChunks.sha256(file));
            TestData.appendOutbox(editor.db, List.of(op(EditorialService.MATERIAL, header.id(), header),
                    chunkOp(MaterialChunks.chunk(UUID.randomUUID(), header.id(), file, 0))));
            assertThat(editor.sync().rejected()).isZero();

            // An agent, and the centre director (who may add material, but did not attach this file).
            TestData.appendOutbox(seat.db, chunkOp(MaterialChunks.chunk(UUID.randomUUID(), header.id(), file, 1)));
            TestData.appendOutbox(director.db, chunkOp(MaterialChunks.chunk(UUID.randomUUID(), header.id(), file, 1)));
            assertThat(seat.sync().rejected()).isEqualTo(1);
            assertThat(director.sync().rejected()).isEqualTo(1);
            assertThat(TestData.rejectedText(seat.db)).contains("AGENT cannot add material");
            assertThat(TestData.rejectedText(director.db)).contains("from the person who attached it");

            // The editor's own misfits: chunk 0 again, an index past the end, a short chunk 1,
            // and a last chunk whose bytes are not the file's (the sha-256 tells).
            byte[] altered = file.clone();
            altered[file.length - 1] ^= 1;
            TestData.appendOutbox(editor.db, List.of(
                    chunkOp(MaterialChunks.chunk(UUID.randomUUID(), header.id(), file, 0)),
                    chunkOp(new MaterialChunk(UUID.randomUUID(), header.id(), 4, "AAAA")),
                    chunkOp(new MaterialChunk(UUID.randomUUID(), header.id(), 1, "AAAA")),
                    chunkOp(MaterialChunks.chunk(UUID.randomUUID(), header.id(), file, 1)),
                    chunkOp(MaterialChunks.chunk(UUID.randomUUID(), header.id(), file, 2)),
                    chunkOp(MaterialChunks.chunk(UUID.randomUUID(), header.id(), altered, 3))));
            SyncEngine.Round round = editor.sync();

            assertThat(round.rejected()).isEqualTo(4);
            assertThat(TestData.rejectedText(editor.db)).contains("chunk 0 of this material is here already",
                    "chunk 4 is outside 0 … 3", "chunk 1 holds 3 bytes where 8192 belong", "its sha-256 differs");
            director.sync();
            KeptMaterial kept = director.onDb(() -> director.editorial.materials(item)).getFirst();
            assertThat(kept.complete()).as("honestly incomplete: the last chunk was refused").isFalse();
            assertThat(kept.chunksHere()).isEqualTo(3);
            assertThat(director.onDb(() -> director.editorial.content(kept.material())))
                    .isEqualTo(new Reassembly.Incomplete(3, 4));
        }
    }

    private static OutboxOperation op(String entity, UUID id, Object record) {
        return new OutboxOperation(UUID.randomUUID(), entity, id, OutboxOperation.Kind.APPEND, 0, Payloads.json(record),
                Instant.now());
    }

    private static OutboxOperation chunkOp(MaterialChunk chunk) {
        return op(EditorialService.MATERIAL_CHUNK, chunk.id(), chunk);
    }
}

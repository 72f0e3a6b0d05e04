package org.seatdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/// A push stays under the hub's 2 MiB body (413 beyond): 500 chunks of original material
/// (R-KB-2, ~11 KB each, ADR 0023) go in several pushes, 500 ticket operations in one.
class PushBatchTest {

    @Test
    void rKb2ChunksOfMaterialAreSplitIntoPushesUnderTheHubsBodyLimitSmallOpsAreNot() {
        List<OutboxOperation> chunks = ops(500, 10_924 + 120);
        List<OutboxOperation> tickets = ops(500, 600);

        List<OutboxOperation> first = PushBatch.fitting(chunks);

        assertThat(first).hasSizeBetween(100, 140).isEqualTo(chunks.subList(0, first.size()));
        assertThat(first.stream().mapToLong(o -> o.payload().length() + 256).sum())
                .isLessThanOrEqualTo(PushBatch.MAX_PAYLOAD_CHARS).isLessThan(2 * 1024 * 1024);
        assertThat(PushBatch.fitting(tickets)).hasSize(500);
        assertThat(PushBatch.fitting(ops(3, 1_900_000))).as("one oversized op still goes alone").hasSize(1);
    }

    private static List<OutboxOperation> ops(int n, int payloadChars) {
        String payload = "x".repeat(payloadChars);
        return IntStream.range(0, n).mapToObj(i -> new OutboxOperation(UUID.randomUUID(), "kb_material_chunk",
                UUID.randomUUID(), OutboxOperation.Kind.APPEND, 0, payload, Instant.now())).toList();
    }
}

package org.seatdesk.sync;

import java.util.List;

/// How much of the outbox one push carries. The hub reads at most 2 MiB of request body (413
/// beyond, `HubRoutes.MAX_BODY`); 500 ticket operations are ~0.3 MB, but 500 chunks of original
/// material (R-KB-2, ~11 KB each, ADR 0023) would be 5.5 MB, so a batch also stops at a size.
final class PushBatch {

    /// Characters of payload per push, with room under the hub's 2 MiB for each op's envelope.
    static final int MAX_PAYLOAD_CHARS = 1_500_000;
    private static final int ENVELOPE_CHARS = 256;

    private PushBatch() {
    }

    /// The oldest operations of `pending` whose payloads fit {@link #MAX_PAYLOAD_CHARS} — at least one.
    static List<OutboxOperation> fitting(List<OutboxOperation> pending) {
        long size = 0;
        for (int n = 0; n < pending.size(); n++) {
            size += pending.get(n).payload().length() + ENVELOPE_CHARS;
            if (size > MAX_PAYLOAD_CHARS && n > 0) {
                return pending.subList(0, n);
            }
        }
        return pending;
    }
}

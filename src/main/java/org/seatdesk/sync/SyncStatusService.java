package org.seatdesk.sync;

import java.time.Instant;

/// What the console can honestly say about its link to the hub. Until a hub is configured
/// (the hub/sync slice) the console is offline since it started and changes wait in the outbox.
public final class SyncStatusService {

    private final OutboxRepository outbox;
    private final Instant offlineSince;

    public SyncStatusService(OutboxRepository outbox, Instant offlineSince) {
        this.outbox = outbox;
        this.offlineSince = offlineSince;
    }

    public ConnectionState state() {
        return ConnectionState.offline(offlineSince, outbox.pendingCount());
    }
}

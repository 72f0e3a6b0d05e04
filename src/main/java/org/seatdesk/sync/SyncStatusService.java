package org.seatdesk.sync;

import java.time.Instant;

/// What the console can honestly say about its link to the hub. The sync engine reports here;
/// without a hub (the embedded default) the console is offline since it started and changes
/// wait in the outbox.
public final class SyncStatusService {

    private final OutboxRepository outbox;
    private volatile ConnectionState.Link link = ConnectionState.Link.OFFLINE;
    private volatile Instant offlineSince;

    public SyncStatusService(OutboxRepository outbox, Instant offlineSince) {
        this.outbox = outbox;
        this.offlineSince = offlineSince;
    }

    /// Reads the outbox: call it on the database executor.
    public ConnectionState state() {
        ConnectionState.Link now = link;
        return new ConnectionState(now, now == ConnectionState.Link.OFFLINE ? offlineSince : null, outbox.pendingCount());
    }

    public boolean isOnline() {
        return link != ConnectionState.Link.OFFLINE;
    }

    public void online(boolean syncing) {
        link = syncing ? ConnectionState.Link.SYNCING : ConnectionState.Link.ONLINE;
    }

    /// Keeps the moment the link was first lost, not the latest failed retry.
    public void offline(Instant since) {
        if (link != ConnectionState.Link.OFFLINE) {
            offlineSince = since;
            link = ConnectionState.Link.OFFLINE;
        }
    }
}

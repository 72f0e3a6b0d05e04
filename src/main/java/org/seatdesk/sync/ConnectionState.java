package org.seatdesk.sync;

import java.time.Instant;

/// What the status bar says about the hub (design principle 8: show the offline state honestly).
public record ConnectionState(Link link, Instant offlineSince, int pendingChanges) {

    public enum Link {
        ONLINE,
        SYNCING,
        OFFLINE
    }

    public static ConnectionState offline(Instant since, int pending) {
        return new ConnectionState(Link.OFFLINE, since, pending);
    }

    public boolean online() {
        return link != Link.OFFLINE;
    }
}

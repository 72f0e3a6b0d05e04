package org.seatdesk.sync;

import java.time.Instant;

/// What the status bar says about the hub (design principle 8: show the offline state honestly).
public record ConnectionState(boolean online, Instant offlineSince, int pendingChanges) {

    public static ConnectionState offline(Instant since, int pending) {
        return new ConnectionState(false, since, pending);
    }
}

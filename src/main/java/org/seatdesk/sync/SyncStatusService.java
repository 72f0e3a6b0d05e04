package org.seatdesk.sync;

import java.time.Instant;

/// What the console can honestly say about its link to the hub. The sync engine reports here;
/// without a hub (the embedded default) the console is offline since it started and changes
/// wait in the outbox.
public final class SyncStatusService {

    private final OutboxRepository outbox;
    private volatile ConnectionState.Link link = ConnectionState.Link.OFFLINE;
    private volatile Instant offlineSince;
    private volatile boolean caughtUp;
    private volatile Runnable linkChanged = () -> { };

    public SyncStatusService(OutboxRepository outbox, Instant offlineSince) {
        this.outbox = outbox;
        this.offlineSince = offlineSince;
    }

    /// Reads the outbox: call it on the database executor.
    public ConnectionState state() {
        ConnectionState.Link now = link;
        return new ConnectionState(now, now == ConnectionState.Link.OFFLINE ? offlineSince : null, outbox.pendingCount());
    }

    /// Runs `whenChanged` (on the sync thread) each time the link turns online, syncing or
    /// offline, so that a status bar says so at once rather than at its next periodic refresh.
    /// One listener: the console showing now (a new login replaces the last one's).
    public void whenLinkChanges(Runnable whenChanged) {
        linkChanged = whenChanged;
    }

    public boolean isOnline() {
        return link != ConnectionState.Link.OFFLINE;
    }

    /// True once a whole round (push, then every page up to the hub's head) has ended since the
    /// link was last lost: "online" alone only says that the hub answers, and a first catch-up of a
    /// long feed is online for seconds before the local copy is current.
    public boolean isCaughtUp() {
        return caughtUp;
    }

    /// The hub answered in a round that is still going (a push, or one page of a catch-up).
    public void syncing() {
        changeTo(ConnectionState.Link.SYNCING);
    }

    /// A round ended with everything pushed and every page pulled.
    public void caughtUp() {
        caughtUp = true;
        changeTo(ConnectionState.Link.ONLINE);
    }

    /// Keeps the moment the link was first lost, not the latest failed retry.
    public void offline(Instant since) {
        caughtUp = false;
        if (link != ConnectionState.Link.OFFLINE) {
            offlineSince = since;
            changeTo(ConnectionState.Link.OFFLINE);
        }
    }

    private void changeTo(ConnectionState.Link next) {
        ConnectionState.Link before = link;
        link = next;
        if (before != next) {
            linkChanged.run();
        }
    }
}

package org.seatdesk.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/// The hub's refusals kept at this seat, for the people who work here (issue 4, review).
public interface HubRefusals {

    /// Not yet read, oldest first, at most `limit`.
    List<HubRefusal> unread(int limit);

    int unreadCount();

    /// Read: it leaves the inbox and the status bar; the row (and what was typed) stays.
    void markRead(UUID opId, Instant at);
}

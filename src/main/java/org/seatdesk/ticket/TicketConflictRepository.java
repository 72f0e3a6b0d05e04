package org.seatdesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/// The conflicts the hub answered for this seat's ticket edits, kept until a person resolves them.
public interface TicketConflictRepository {

    /// Unresolved conflicts, oldest first, at most `limit`.
    List<TicketConflict> open(int limit);

    int openCount();

    /// Marks a conflict resolved without sending anything (every field of the edit kept theirs).
    void resolve(UUID opId, Instant at);
}

package org.seatdesk.ticket;

import java.time.Clock;
import java.util.List;

/// The conflict inbox (sync principle 6, issue 4): a person decides, field by field, whose value
/// a ticket keeps; nothing is overwritten behind anyone's back. Synchronous: run it on the
/// database executor.
public final class TicketConflicts {

    /// More than a seat can sensibly work through at once; the count in the status bar is exact.
    public static final int SHOWN = 200;

    private final TicketConflictRepository conflicts;
    private final TicketService tickets;
    private final Clock clock;

    public TicketConflicts(TicketConflictRepository conflicts, TicketService tickets, Clock clock) {
        this.conflicts = conflicts;
        this.tickets = tickets;
        this.clock = clock;
    }

    public List<TicketConflict> open() {
        return conflicts.open(SHOWN);
    }

    public int openCount() {
        return conflicts.openCount();
    }

    /// The other side's values stay. The edit's other fields, which never clashed, are sent again
    /// (the hub wrote none of them); the conflict is closed in the same transaction.
    public void keepTheirs(TicketConflict conflict, Author author) {
        var rest = conflict.changesWithoutConflicts();
        if (rest.isEmpty()) {
            conflicts.resolve(conflict.opId(), clock.instant());
        } else {
            tickets.apply(conflict.ticketId(), rest, author, conflict.opId());
        }
    }

    /// This seat's values win: a new UPDATE with every field of the edit, based on the version
    /// this seat now has (theirs), written with its history entry; the conflict is closed with it.
    public void applyMine(TicketConflict conflict, Author author) {
        tickets.apply(conflict.ticketId(), conflict.myChanges(), author, conflict.opId());
    }
}

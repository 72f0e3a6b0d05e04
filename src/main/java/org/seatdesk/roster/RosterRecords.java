package org.seatdesk.roster;

import java.util.List;

/// The seat's roster records: what the ledger holds, plus the seat's own requests and decisions,
/// each written with its outbox operation in one transaction (sync principle 1), and the
/// director's edits of the planned roster.
public interface RosterRecords {

    RosterLedger ledger();

    void submit(LeaveRequest leave);

    void submit(SwapRequest swap);

    void submit(Decision decision);

    /// The director's changes of the plan (ADR 0018): each edit, its outbox operation and the plan
    /// it gives, in one transaction, so the hub and every other console receive them.
    void submit(List<RosterEdit> edits);
}

package org.seatdesk.roster;

import java.time.LocalDate;
import java.util.UUID;

/// The seat's roster records: what the ledger holds, plus the seat's own requests and decisions,
/// each written with its outbox operation in one transaction (sync principle 1), and the
/// director's edits of the planned roster.
public interface RosterRecords {

    RosterLedger ledger();

    void submit(LeaveRequest leave);

    void submit(SwapRequest swap);

    void submit(Decision decision);

    /// Puts `staffId` on `shiftCode` at `seatCode` on `day`; a null code takes them off that day.
    void plan(UUID staffId, LocalDate day, String shiftCode, String seatCode);

    /// Copies the planned roster of the seven days from `fromMonday` onto the seven days from
    /// `toMonday`, replacing what was planned there. Returns the number of assignments written.
    int copyWeek(LocalDate fromMonday, LocalDate toMonday);
}

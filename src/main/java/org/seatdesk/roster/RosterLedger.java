package org.seatdesk.roster;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/// The roster's records as both a seat and the hub keep them: reference data, the planned
/// roster, requests and decisions. Inserts here write no outbox entry (the hub's own writes,
/// and changes pulled from the hub); a seat's own requests go through {@link RosterRepository}.
public interface RosterLedger {

    /// Everything the rules need for the days `from`..`to`; requests and decisions reach a month
    /// further either side, for the monthly swap count (R-SW-2).
    RosterFacts facts(LocalDate from, LocalDate to);

    /// The facts around one request (its days), for checking a decision on it.
    Optional<RosterFacts> factsAround(UUID requestId);

    boolean recordExists(UUID id);

    /// The region of a person's desk: the region their requests are filed under in the feed.
    Optional<String> regionOf(UUID staffId);

    void insert(LeaveRequest leave);

    void insert(SwapRequest swap);

    void insert(Decision decision);

    /// Stores a roster edit and makes it the plan of its person and day: the newest edit there
    /// (the hub applies edits in its own order; a seat's own edit is newer than all it has pulled).
    void insert(RosterEdit edit);

    boolean shiftTypeExists(String code);
}

package org.seatdesk.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/// One leave or swap request as the seat and the inbox list it. For a swap, `firstDay` is the
/// requester's day given away and `lastDay` the partner's day taken over. `recheck` is the rule
/// the request would break if approved now (null when none).
public record RequestSummary(RequestKind kind, UUID id, String personName, String partnerName, LeaveKind leaveKind,
                             LocalDate firstDay, LocalDate lastDay, boolean certificate, String note,
                             Instant requestedAt, RequestStatus status, Refusal recheck) {
}

package org.seatdesk.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/// A shift swap (R-SW-1..6): the requester gives their shift of `requesterDay` to the partner and
/// works the partner's shift of `partnerDay` instead. Append-only, like leave.
public record SwapRequest(UUID id, UUID requesterId, UUID partnerId, LocalDate requesterDay, LocalDate partnerDay,
                          String note, Instant requestedAt) {

    public boolean involves(UUID staffId) {
        return requesterId.equals(staffId) || partnerId.equals(staffId);
    }

    /// The month a swap counts in (R-SW-2): that of the earlier of the two days.
    public java.time.YearMonth month() {
        LocalDate first = requesterDay.isBefore(partnerDay) ? requesterDay : partnerDay;
        return java.time.YearMonth.from(first);
    }
}

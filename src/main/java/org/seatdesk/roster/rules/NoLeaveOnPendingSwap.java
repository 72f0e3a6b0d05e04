package org.seatdesk.roster.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RequestStatus;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;

/// R-SW-5 before the swap is decided: a day that the person's own swap, still waiting for its
/// squad leaders (R-SW-1), gives away is a swapped shift as soon as that swap is approved. Leave
/// approved there first would leave the shift's taker covering a day of leave, or the swap
/// refused after the fact by {@link NoSwapIntoLeave}; so leave waits until the swap is refused.
/// Run when the leave is asked and again when it is approved (at the seat and at the hub).
public final class NoLeaveOnPendingSwap implements LeaveCheck {

    @Override
    public Optional<Refusal> check(LeaveRequest leave, RosterFacts facts, RosterPolicy policy) {
        UUID who = leave.staffId();
        for (EffectiveRoster.Shift shift : CoveredShifts.of(leave, facts)) {
            LocalDate day = shift.assignment().workDay();
            for (SwapRequest swap : facts.swaps()) {
                boolean givesAway = who.equals(swap.requesterId()) && day.equals(swap.requesterDay())
                        || who.equals(swap.partnerId()) && day.equals(swap.partnerDay());
                if (givesAway && facts.status(swap) == RequestStatus.PENDING) {
                    UUID other = who.equals(swap.requesterId()) ? swap.partnerId() : swap.requesterId();
                    return Optional.of(Refusal.of("R-SW-5", "roster.refuse.leaveOnPendingSwap", day.toString(),
                            facts.staff(other).map(org.seatdesk.security.Staff::name).orElse("?")));
                }
            }
        }
        return Optional.empty();
    }
}

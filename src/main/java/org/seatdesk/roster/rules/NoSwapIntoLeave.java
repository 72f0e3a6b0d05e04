package org.seatdesk.roster.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RequestStatus;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.security.Staff;

/// R-SW-5 from the other side: a shift taken over by a swap is worked, so nobody takes one over
/// on a day of their approved leave (it would become leave on a swapped shift); nor gives one
/// away on such a day (the approved leave would be left covering no shift — found by
/// RosterRulesProperties).
public final class NoSwapIntoLeave implements SwapCheck {

    @Override
    public Optional<Refusal> check(SwapRequest swap, RosterFacts facts, RosterPolicy policy) {
        return onLeave(swap.partnerId(), swap.requesterDay(), facts)
                .or(() -> onLeave(swap.requesterId(), swap.partnerDay(), facts))
                .or(() -> onLeave(swap.requesterId(), swap.requesterDay(), facts))
                .or(() -> onLeave(swap.partnerId(), swap.partnerDay(), facts));
    }

    private static Optional<Refusal> onLeave(UUID taker, LocalDate day, RosterFacts facts) {
        boolean away = facts.leaves().stream().anyMatch(l -> l.staffId().equals(taker) && l.covers(day)
                && facts.status(l) == RequestStatus.APPROVED);
        return away ? Optional.of(Refusal.of("R-SW-5", "roster.refuse.swapIntoLeave",
                facts.staff(taker).map(Staff::name).orElse("?"), day.toString())) : Optional.empty();
    }
}

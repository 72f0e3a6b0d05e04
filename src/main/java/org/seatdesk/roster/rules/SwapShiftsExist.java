package org.seatdesk.roster.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.security.Staff;

/// A swap exchanges two worked shifts of two different people: each must hold the shift named,
/// and not be on leave from it.
public final class SwapShiftsExist implements SwapCheck {

    @Override
    public Optional<Refusal> check(SwapRequest swap, RosterFacts facts, RosterPolicy policy) {
        if (swap.requesterId().equals(swap.partnerId())) {
            return Optional.of(Refusal.of("ROSTER", "roster.refuse.swapWithSelf"));
        }
        return missing(swap.requesterId(), swap.requesterDay(), facts)
                .or(() -> missing(swap.partnerId(), swap.partnerDay(), facts));
    }

    private static Optional<Refusal> missing(UUID staffId, LocalDate day, RosterFacts facts) {
        boolean works = facts.effective().shift(staffId, day).filter(s -> !s.onLeave()).isPresent();
        String name = facts.staff(staffId).map(Staff::name).orElse("?");
        return works ? Optional.empty() : Optional.of(Refusal.of("ROSTER", "roster.refuse.swapNoShift", name, day.toString()));
    }
}

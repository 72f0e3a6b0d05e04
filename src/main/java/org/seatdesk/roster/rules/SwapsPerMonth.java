package org.seatdesk.roster.rules;

import java.util.Optional;
import java.util.UUID;

import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RequestStatus;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.security.Staff;

/// R-SW-2: at most two swaps per person per month. Pending swaps count too, so that two
/// requests waiting at once cannot both be approved into a third.
public final class SwapsPerMonth implements SwapCheck {

    @Override
    public Optional<Refusal> check(SwapRequest swap, RosterFacts facts, RosterPolicy policy) {
        for (UUID person : new UUID[] {swap.requesterId(), swap.partnerId()}) {
            long others = facts.swaps().stream()
                    .filter(s -> !s.id().equals(swap.id()) && s.involves(person) && s.month().equals(swap.month()))
                    .filter(s -> facts.status(s) != RequestStatus.REFUSED)
                    .count();
            if (others >= policy.maxSwapsPerMonth()) {
                String name = facts.staff(person).map(Staff::name).orElse("?");
                return Optional.of(Refusal.of("R-SW-2", "roster.refuse.swapsPerMonth", name, policy.maxSwapsPerMonth(),
                        swap.month().toString()));
            }
        }
        return Optional.empty();
    }
}

package org.seatdesk.roster.rules;

import java.util.Optional;
import java.util.UUID;

import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.security.Staff;

/// R-SW-1: a swap needs the squad leaders of both parties, so both must belong to a squad.
public final class SquadLeadersKnown implements SwapCheck {

    @Override
    public Optional<Refusal> check(SwapRequest swap, RosterFacts facts, RosterPolicy policy) {
        for (UUID person : new UUID[] {swap.requesterId(), swap.partnerId()}) {
            if (facts.squadOf(person).isEmpty()) {
                return Optional.of(Refusal.of("R-SW-1", "roster.refuse.noSquad",
                        facts.staff(person).map(Staff::name).orElse("?")));
            }
        }
        return Optional.empty();
    }
}

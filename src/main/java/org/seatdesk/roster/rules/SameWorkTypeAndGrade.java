package org.seatdesk.roster.rules;

import java.util.Optional;

import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.security.Staff;

/// R-SW-4 (with R-GR-1): only between people of the same work type and the same grade.
public final class SameWorkTypeAndGrade implements SwapCheck {

    @Override
    public Optional<Refusal> check(SwapRequest swap, RosterFacts facts, RosterPolicy policy) {
        Staff a = facts.staff(swap.requesterId()).orElseThrow();
        Staff b = facts.staff(swap.partnerId()).orElseThrow();
        if (!a.workType().equals(b.workType())) {
            return Optional.of(Refusal.of("R-SW-4", "roster.refuse.workType", b.name()));
        }
        return a.grade() == b.grade() ? Optional.empty()
                : Optional.of(Refusal.of("R-SW-4", "roster.refuse.grade", b.name()));
    }
}

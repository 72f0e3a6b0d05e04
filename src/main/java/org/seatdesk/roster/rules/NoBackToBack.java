package org.seatdesk.roster.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.security.Staff;

/// R-SW-3: no back-to-back shifts may result from a swap. Checked on the roster as it would be
/// after the swap, around both days, for both people.
public final class NoBackToBack implements SwapCheck {

    @Override
    public Optional<Refusal> check(SwapRequest swap, RosterFacts facts, RosterPolicy policy) {
        EffectiveRoster after = facts.effective().withSwap(swap);
        for (UUID person : new UUID[] {swap.requesterId(), swap.partnerId()}) {
            for (LocalDate day : List.of(swap.requesterDay(), swap.partnerDay())) {
                List<LocalDate> clash = RestBetweenShifts.backToBackDays(after, facts, person, day, day.plusDays(1),
                        policy.minimumRest());
                if (!clash.isEmpty()) {
                    String name = facts.staff(person).map(Staff::name).orElse("?");
                    return Optional.of(Refusal.of("R-SW-3", "roster.refuse.backToBack", name, clash.getFirst().toString(),
                            policy.minimumRest().toHours()));
                }
            }
        }
        return Optional.empty();
    }
}

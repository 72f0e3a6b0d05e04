package org.seatdesk.roster.rules;

import java.util.Optional;

import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;

/// R-SW-5: staff on holiday duty do not swap.
public final class NoSwapOfHolidayDuty implements SwapCheck {

    @Override
    public Optional<Refusal> check(SwapRequest swap, RosterFacts facts, RosterPolicy policy) {
        for (var day : java.util.List.of(swap.requesterDay(), swap.partnerDay())) {
            if (facts.isHoliday(day)) {
                return Optional.of(Refusal.of("R-SW-5", "roster.refuse.holidayDutySwap", day.toString()));
            }
        }
        return Optional.empty();
    }
}

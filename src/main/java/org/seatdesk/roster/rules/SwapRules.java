package org.seatdesk.roster.rules;

import java.util.List;
import java.util.Optional;

import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;

/// Every rule a swap must keep (R-SW-1..5), checked when it is asked for and again at each approval.
public final class SwapRules {

    private static final List<SwapCheck> CHECKS = List.of(new SwapShiftsExist(), new SameWorkTypeAndGrade(),
            new SquadLeadersKnown(), new NoSwapOfHolidayDuty(), new NoSwapIntoLeave(), new SwapsPerMonth(), new NoBackToBack());

    private SwapRules() {
    }

    public static Optional<Refusal> check(SwapRequest swap, RosterFacts facts, RosterPolicy policy) {
        return CHECKS.stream().map(c -> c.check(swap, facts, policy)).flatMap(Optional::stream).findFirst();
    }
}

package org.seatdesk.roster.rules;

import java.util.Optional;

import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;

/// R-SW-5: a shift taken over by a swap is worked; no leave is taken from it.
public final class NoLeaveOnSwappedShift implements LeaveCheck {

    @Override
    public Optional<Refusal> check(LeaveRequest leave, RosterFacts facts, RosterPolicy policy) {
        return CoveredShifts.of(leave, facts).stream().filter(EffectiveRoster.Shift::swapped).findFirst()
                .map(s -> Refusal.of("R-SW-5", "roster.refuse.leaveOnSwap", s.assignment().workDay().toString()));
    }
}

package org.seatdesk.roster.rules;

import java.util.Optional;

import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;

/// Leave is taken from shifts: a request whose days hold none of the person's shifts frees nothing.
public final class LeaveCoversAShift implements LeaveCheck {

    @Override
    public Optional<Refusal> check(LeaveRequest leave, RosterFacts facts, RosterPolicy policy) {
        if (leave.lastDay().isBefore(leave.firstDay())) {
            return Optional.of(Refusal.of("ROSTER", "roster.refuse.daysReversed"));
        }
        if (leave.days() > 31) {
            return Optional.of(Refusal.of("ROSTER", "roster.refuse.tooLong", 31));
        }
        return CoveredShifts.of(leave, facts).isEmpty()
                ? Optional.of(Refusal.of("ROSTER", "roster.refuse.noShiftInLeave")) : Optional.empty();
    }
}

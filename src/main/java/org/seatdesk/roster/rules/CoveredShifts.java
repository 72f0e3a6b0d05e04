package org.seatdesk.roster.rules;

import java.util.List;

import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.RosterFacts;

/// The shifts a leave request would free the person from: theirs in its days, not already on leave.
final class CoveredShifts {

    private CoveredShifts() {
    }

    static List<EffectiveRoster.Shift> of(LeaveRequest leave, RosterFacts facts) {
        return facts.effective().shiftsOf(leave.staffId(), leave.firstDay(), leave.lastDay()).stream()
                .filter(s -> !s.onLeave() || s.leaveId().equals(leave.id()))
                .toList();
    }
}

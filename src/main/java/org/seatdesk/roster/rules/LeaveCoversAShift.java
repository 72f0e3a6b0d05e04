package org.seatdesk.roster.rules;

import java.util.Optional;

import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;

/// Leave is taken from shifts: a request whose days hold none of the person's shifts frees nothing,
/// and a day already asked for (another request of the person, pending or approved) is not asked
/// for twice — two approvals of one day left one of them covering nothing (RosterRulesProperties).
public final class LeaveCoversAShift implements LeaveCheck {

    @Override
    public Optional<Refusal> check(LeaveRequest leave, RosterFacts facts, RosterPolicy policy) {
        if (leave.lastDay().isBefore(leave.firstDay())) {
            return Optional.of(Refusal.of("ROSTER", "roster.refuse.daysReversed"));
        }
        if (leave.days() > 31) {
            return Optional.of(Refusal.of("ROSTER", "roster.refuse.tooLong", 31));
        }
        boolean askedAlready = facts.leaves().stream().anyMatch(other -> !other.id().equals(leave.id())
                && other.staffId().equals(leave.staffId()) && facts.status(other) != org.seatdesk.roster.RequestStatus.REFUSED
                && !other.lastDay().isBefore(leave.firstDay()) && !leave.lastDay().isBefore(other.firstDay()));
        if (askedAlready) {
            return Optional.of(Refusal.of("ROSTER", "roster.refuse.leaveOverlaps"));
        }
        return CoveredShifts.of(leave, facts).isEmpty()
                ? Optional.of(Refusal.of("ROSTER", "roster.refuse.noShiftInLeave")) : Optional.empty();
    }
}

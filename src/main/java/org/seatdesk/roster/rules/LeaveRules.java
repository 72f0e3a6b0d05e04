package org.seatdesk.roster.rules;

import java.util.List;
import java.util.Optional;

import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;

/// Every rule a leave request must keep, in the order a person would want to hear them. Run when
/// it is asked for and again when it is approved (the roster may have changed in between).
public final class LeaveRules {

    private static final List<LeaveCheck> CHECKS = List.of(new LeaveCoversAShift(), new WhoMayRequest(),
            new NoLeaveOnSwappedShift(), new NoLeaveOnPendingSwap(), new HolidayLeave(), new NoticePeriod(), new NightShiftCutoff());

    private LeaveRules() {
    }

    /// The first rule the request breaks, if any; `facts` must not yet hold it as approved.
    public static Optional<Refusal> check(LeaveRequest leave, RosterFacts facts, RosterPolicy policy) {
        return CHECKS.stream().map(c -> c.check(leave, facts, policy)).flatMap(Optional::stream).findFirst();
    }
}

package org.seatdesk.roster.rules;

import java.util.Optional;

import org.seatdesk.roster.Approvals;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RequestStatus;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;

/// Who may decide (R-LV-2, R-SW-1): leave of a day or less by the department director, longer
/// leave by the department director and then the centre director, never skipping a level; a
/// swap by the squad leaders of both parties. Nobody decides their own request. The hub runs the
/// same check on every pushed decision.
public final class ApprovalAuthority {

    private ApprovalAuthority() {
    }

    public static Optional<Refusal> mayDecide(Staff decider, LeaveRequest leave, RosterFacts facts) {
        Approvals.Progress progress = Approvals.leaveProgress(leave, facts);
        if (progress.status() != RequestStatus.PENDING) {
            return Optional.of(Refusal.of("R-LV-2", "roster.refuse.settled"));
        }
        if (decider.id().equals(leave.staffId())) {
            return Optional.of(Refusal.of("R-LV-2", "roster.refuse.ownRequest"));
        }
        Role next = progress.waitingForRoles().getFirst();
        if (decider.role() == next) {
            return Optional.empty();
        }
        if (Approvals.leaveLevels(leave).contains(decider.role())) {
            return Optional.of(Refusal.of("R-LV-2", "roster.refuse.skipLevel"));
        }
        return Optional.of(leave.days() <= 1 ? Refusal.of("R-LV-2", "roster.refuse.authorityOneDay")
                : Refusal.of("R-LV-2", "roster.refuse.authorityLonger"));
    }

    public static Optional<Refusal> mayDecide(Staff decider, SwapRequest swap, RosterFacts facts) {
        Approvals.Progress progress = Approvals.swapProgress(swap, facts);
        if (progress.status() != RequestStatus.PENDING) {
            return Optional.of(Refusal.of("R-SW-1", "roster.refuse.settled"));
        }
        if (swap.involves(decider.id())) {
            return Optional.of(Refusal.of("R-SW-1", "roster.refuse.ownRequest"));
        }
        if (progress.waitingForLeaders().contains(decider.id())) {
            return Optional.empty();
        }
        return Optional.of(Approvals.swapLeaders(swap, facts).contains(decider.id())
                ? Refusal.of("R-SW-1", "roster.refuse.alreadyDecided")
                : Refusal.of("R-SW-1", "roster.refuse.notSquadLeader"));
    }
}

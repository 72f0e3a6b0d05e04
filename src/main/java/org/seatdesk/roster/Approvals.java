package org.seatdesk.roster;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;

/// Who approves what, and how far a request has come (R-LV-2, R-SW-1). Decisions by anyone who
/// is not the next approver count for nothing: the hub refuses them, and a stray one in the data
/// cannot approve a request.
public final class Approvals {

    private Approvals() {
    }

    /// How far a request has come: who it waits for, or when it was settled.
    public record Progress(RequestStatus status, List<Role> waitingForRoles, Set<UUID> waitingForLeaders,
                           Instant settledAt) {
    }

    /// R-LV-2: one day or less, the department director; longer, the department director and then
    /// the centre director — step by step, never skipping the first level.
    public static List<Role> leaveLevels(LeaveRequest leave) {
        return leave.days() <= 1 ? List.of(Role.DEPARTMENT_DIRECTOR)
                : List.of(Role.DEPARTMENT_DIRECTOR, Role.CENTRE_DIRECTOR);
    }

    public static Progress leaveProgress(LeaveRequest leave, RosterFacts facts) {
        List<Role> levels = leaveLevels(leave);
        int level = 0;
        for (Decision d : facts.decisionsOn(leave.id())) {
            Optional<Role> role = facts.staff(d.decidedBy()).map(Staff::role);
            if (level >= levels.size() || role.isEmpty() || role.get() != levels.get(level)
                    || d.decidedBy().equals(leave.staffId())) {
                continue;
            }
            if (d.verdict() == Verdict.REFUSED) {
                return new Progress(RequestStatus.REFUSED, List.of(), Set.of(), d.decidedAt());
            }
            level++;
            if (level == levels.size()) {
                return new Progress(RequestStatus.APPROVED, List.of(), Set.of(), d.decidedAt());
            }
        }
        return new Progress(RequestStatus.PENDING, List.of(levels.get(level)), Set.of(), null);
    }

    /// R-SW-1: the squad leaders of both parties (one decision when they share a leader).
    public static Set<UUID> swapLeaders(SwapRequest swap, RosterFacts facts) {
        Set<UUID> leaders = new LinkedHashSet<>();
        facts.squadOf(swap.requesterId()).ifPresent(s -> leaders.add(s.leaderId()));
        facts.squadOf(swap.partnerId()).ifPresent(s -> leaders.add(s.leaderId()));
        return leaders;
    }

    public static Progress swapProgress(SwapRequest swap, RosterFacts facts) {
        Set<UUID> waiting = new LinkedHashSet<>(swapLeaders(swap, facts));
        if (waiting.isEmpty()) {
            return new Progress(RequestStatus.PENDING, List.of(), Set.of(), null);
        }
        for (Decision d : facts.decisionsOn(swap.id())) {
            if (!waiting.contains(d.decidedBy())) {
                continue;
            }
            if (d.verdict() == Verdict.REFUSED) {
                return new Progress(RequestStatus.REFUSED, List.of(), Set.of(), d.decidedAt());
            }
            waiting.remove(d.decidedBy());
            if (waiting.isEmpty()) {
                return new Progress(RequestStatus.APPROVED, List.of(), Set.of(), d.decidedAt());
            }
        }
        return new Progress(RequestStatus.PENDING, List.of(), Set.copyOf(waiting), null);
    }

    /// Whether `who` is the next approver of the leave (pending, and their role is the next level).
    public static boolean isNextApprover(Staff who, LeaveRequest leave, RosterFacts facts) {
        Progress p = leaveProgress(leave, facts);
        return p.status() == RequestStatus.PENDING && p.waitingForRoles().contains(who.role())
                && !who.id().equals(leave.staffId());
    }

    public static boolean isNextApprover(Staff who, SwapRequest swap, RosterFacts facts) {
        Progress p = swapProgress(swap, facts);
        return p.status() == RequestStatus.PENDING && p.waitingForLeaders().contains(who.id());
    }
}

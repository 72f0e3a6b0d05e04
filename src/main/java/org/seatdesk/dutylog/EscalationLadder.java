package org.seatdesk.dutylog;

import java.util.List;
import java.util.Optional;

import org.seatdesk.security.Role;

/// The levels a problem is reported up through (R-SEC-2; domain.md "People and places"):
/// staff → shift monitor → department director → centre director. Step by step; in an
/// emergency a level may be skipped, and the skipped superiors are informed afterwards.
public final class EscalationLadder {

    private static final List<Role> LEVELS = List.of(Role.SHIFT_MONITOR, Role.DEPARTMENT_DIRECTOR, Role.CENTRE_DIRECTOR);

    private EscalationLadder() {
    }

    /// 0 for staff without a supervisory level, then 1, 2, 3 up the ladder; -1 for the wall.
    static int level(Role role) {
        if (role == Role.WALL) {
            return -1;
        }
        return LEVELS.indexOf(role) + 1;
    }

    /// The next superior of a role, if there is one.
    public static Optional<Role> next(Role from) {
        int level = level(from);
        return level >= 0 && level < LEVELS.size() ? Optional.of(LEVELS.get(level)) : Optional.empty();
    }

    /// The superiors an escalation from `from` to `to` passes over (empty for a normal step).
    public static List<Role> skipped(Role from, Role to) {
        int low = level(from);
        int high = level(to);
        return low < 0 || high <= low + 1 ? List.of() : LEVELS.subList(low, high - 1);
    }

    /// Why an escalation is not allowed, or empty when it is (R-SEC-2).
    public static Optional<String> refusal(Role from, Role to, boolean emergency) {
        int low = level(from);
        int high = level(to);
        if (low < 0 || high <= low || high == 0) {
            return Optional.of("escalation.notUp");
        }
        if (high > low + 1 && !emergency) {
            return Optional.of("escalation.skipNeedsEmergency");
        }
        return Optional.empty();
    }
}

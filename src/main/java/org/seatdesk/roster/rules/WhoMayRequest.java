package org.seatdesk.roster.rules;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.security.Role;

/// R-LV-3: personal and special leave only by the person themself; sick leave by anyone, with a
/// medical certificate; an emergency is phoned in to the monitor, who records it (a director may too).
public final class WhoMayRequest implements LeaveCheck {

    /// Who records an emergency phoned in before the shift.
    public static final Set<Role> TAKES_EMERGENCY_CALLS = EnumSet.of(Role.SHIFT_MONITOR, Role.DEPARTMENT_DIRECTOR,
            Role.CENTRE_DIRECTOR);

    @Override
    public Optional<Refusal> check(LeaveRequest leave, RosterFacts facts, RosterPolicy policy) {
        boolean self = leave.requestedBy().equals(leave.staffId());
        return switch (leave.kind()) {
            case PERSONAL, SPECIAL -> self ? Optional.empty()
                    : Optional.of(Refusal.of("R-LV-3", "roster.refuse.onlySelf"));
            case SICK -> leave.certificate() ? Optional.empty()
                    : Optional.of(Refusal.of("R-LV-3", "roster.refuse.certificate"));
            case EMERGENCY -> facts.staff(leave.requestedBy()).filter(s -> TAKES_EMERGENCY_CALLS.contains(s.role()))
                    .isPresent() && !self ? Optional.empty()
                    : Optional.of(Refusal.of("R-LV-3", "roster.refuse.emergencyByMonitor"));
        };
    }
}

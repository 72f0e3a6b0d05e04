package org.seatdesk.roster.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;

/// R-LV-1: ordinary leave (personal, sick) at least a day before the first shift it frees,
/// special leave at least an hour before; an emergency is phoned in before the shift starts.
/// Later than that only management can accept it, so the seat refuses and says whom to call.
public final class NoticePeriod implements LeaveCheck {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public Optional<Refusal> check(LeaveRequest leave, RosterFacts facts, RosterPolicy policy) {
        Optional<EffectiveRoster.Shift> first = CoveredShifts.of(leave, facts).stream().findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        var type = facts.shiftType(first.get().assignment().shiftCode()).orElseThrow();
        Instant start = facts.start(first.get().assignment().workDay(), type);
        String startText = WHEN.format(start.atZone(facts.zone()));
        Duration ahead = Duration.between(leave.requestedAt(), start);
        if (leave.kind() == LeaveKind.EMERGENCY) {
            return ahead.isNegative() || ahead.isZero()
                    ? Optional.of(Refusal.of("R-LV-1", "roster.refuse.emergencyAfterStart", startText)) : Optional.empty();
        }
        Duration needed = leave.kind().ordinary() ? policy.ordinaryNotice() : policy.specialNotice();
        if (ahead.compareTo(needed) >= 0) {
            return Optional.empty();
        }
        return Optional.of(leave.kind().ordinary()
                ? Refusal.of("R-LV-1", "roster.refuse.ordinaryNotice", needed.toHours(), startText)
                : Refusal.of("R-LV-1", "roster.refuse.specialNotice", needed.toMinutes(), startText));
    }
}

package org.seatdesk.roster.rules;

import java.time.Instant;
import java.util.Optional;

import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.ShiftType;

/// R-LV-4: leave from a night shift (one that crosses midnight) is asked before 12:00 of the day
/// it starts. An emergency phoned in before the shift is the exception the rule allows for.
public final class NightShiftCutoff implements LeaveCheck {

    @Override
    public Optional<Refusal> check(LeaveRequest leave, RosterFacts facts, RosterPolicy policy) {
        if (leave.kind() == LeaveKind.EMERGENCY) {
            return Optional.empty();
        }
        for (EffectiveRoster.Shift shift : CoveredShifts.of(leave, facts)) {
            ShiftType type = facts.shiftType(shift.assignment().shiftCode()).orElseThrow();
            if (!type.crossesMidnight()) {
                continue;
            }
            Instant cutoff = shift.assignment().workDay().atTime(policy.nightCutoff()).atZone(facts.zone()).toInstant();
            if (!leave.requestedAt().isBefore(cutoff)) {
                return Optional.of(Refusal.of("R-LV-4", "roster.refuse.nightCutoff",
                        NoticePeriod.WHEN.format(cutoff.atZone(facts.zone()))));
            }
        }
        return Optional.empty();
    }
}

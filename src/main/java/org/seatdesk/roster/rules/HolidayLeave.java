package org.seatdesk.roster.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.seatdesk.roster.EffectiveRoster;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;

/// R-SW-5 and R-LV-5 together: a shift on a public holiday is holiday duty, from which no leave is
/// taken — except the "very special case" of R-LV-5, which is special leave asked two days ahead.
public final class HolidayLeave implements LeaveCheck {

    @Override
    public Optional<Refusal> check(LeaveRequest leave, RosterFacts facts, RosterPolicy policy) {
        for (EffectiveRoster.Shift shift : CoveredShifts.of(leave, facts)) {
            LocalDate day = shift.assignment().workDay();
            if (!facts.isHoliday(day)) {
                continue;
            }
            if (leave.kind() != LeaveKind.SPECIAL) {
                return Optional.of(Refusal.of("R-SW-5", "roster.refuse.holidayDutyLeave", day.toString()));
            }
            Instant latest = day.minusDays(policy.holidayNoticeDays()).atStartOfDay(facts.zone()).toInstant();
            if (leave.requestedAt().isAfter(latest)) {
                return Optional.of(Refusal.of("R-LV-5", "roster.refuse.holidayNotice", policy.holidayNoticeDays(),
                        day.toString()));
            }
        }
        return Optional.empty();
    }
}

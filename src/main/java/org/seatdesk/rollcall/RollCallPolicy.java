package org.seatdesk.rollcall;

import java.time.Duration;
import java.time.LocalDateTime;

import org.seatdesk.settings.Settings;

/// The numbers of R-SH-1 and R-SH-4, from the centre's settings (defaults 10 and 20 minutes).
public record RollCallPolicy(Duration openBefore, Duration disciplineAfter) {

    public static final RollCallPolicy REGULATIONS = new RollCallPolicy(Duration.ofMinutes(10), Duration.ofMinutes(20));

    public static RollCallPolicy from(Settings settings) {
        return new RollCallPolicy(Duration.ofMinutes(settings.getInt("rollcall.open-before.minutes")),
                Duration.ofMinutes(settings.getInt("rollcall.discipline-after.minutes")));
    }

    /// R-SH-1: staff arrive 10 minutes before the shift, and the roll is called then.
    public LocalDateTime opensAt(LocalDateTime shiftStart) {
        return shiftStart.minus(openBefore);
    }

    /// R-SH-4: late by more than the limit, without approved leave, is a violation.
    public boolean lateIsViolation(Mark mark, int minutesLate, boolean onLeave) {
        return mark == Mark.LATE && !onLeave && minutesLate > disciplineAfter.toMinutes();
    }

    /// R-SH-4: away from the post for more than the limit without permission is a violation.
    public boolean absenceFromPostIsViolation(int minutesAway, boolean permitted) {
        return !permitted && minutesAway > disciplineAfter.toMinutes();
    }
}

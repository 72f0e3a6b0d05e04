package org.seatdesk.rollcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/// R-SH-1 and R-SH-4 as properties over every mark, lateness and leave.
class RollCallPolicyProperties {

    private final RollCallPolicy policy = RollCallPolicy.REGULATIONS;

    @Property
    void onlyLatenessOverTwentyMinutesWithoutLeaveIsAViolation_R_SH_4(@ForAll Mark mark,
                                                                      @ForAll @IntRange(min = 0, max = 1440) int minutes,
                                                                      @ForAll boolean onLeave) {
        assertThat(policy.lateIsViolation(mark, minutes, onLeave))
                .isEqualTo(mark == Mark.LATE && !onLeave && minutes > 20);
    }

    @Property
    void onlyTimeAwayOverTwentyMinutesWithoutPermissionIsAViolation_R_SH_4(
            @ForAll @IntRange(min = 0, max = 1440) int minutes, @ForAll boolean permitted) {
        assertThat(policy.absenceFromPostIsViolation(minutes, permitted)).isEqualTo(!permitted && minutes > 20);
    }

    @Property
    void rollCallOpensTenMinutesBeforeTheShift_R_SH_1(@ForAll @IntRange(min = 0, max = 23) int hour,
                                                      @ForAll @IntRange(min = 0, max = 59) int minute) {
        LocalDateTime start = LocalDateTime.of(2026, 11, 24, hour, minute);
        assertThat(Duration.between(policy.opensAt(start), start)).isEqualTo(Duration.ofMinutes(10));
    }
}

package org.seatdesk.roster.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.roster.RosterScenario.D;
import static org.seatdesk.roster.RosterScenario.DAY;
import static org.seatdesk.roster.RosterScenario.NIGHT;
import static org.seatdesk.roster.RosterScenario.before;
import static org.seatdesk.roster.RosterScenario.leave;

import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.RosterScenario;
import org.seatdesk.roster.Verdict;

/// Each leave rule says no with its own ID and reason, and yes when the request keeps it.
class LeaveRulesTest {

    private static final RosterPolicy POLICY = RosterPolicy.standard();
    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private final RosterScenario room = new RosterScenario();

    private Optional<Refusal> check(LeaveRequest leave) {
        return LeaveRules.check(leave, room.facts(), POLICY);
    }

    @Test
    void personalLeaveADayAheadIsAccepted_R_LV_1() {
        room.works(room.ann, D, DAY);
        assertThat(check(leave(room.ann, room.ann, LeaveKind.PERSONAL, D, D, false, before(D, EIGHT, 25)))).isEmpty();
    }

    @Test
    void personalLeaveLessThanADayAheadIsRefused_R_LV_1() {
        room.works(room.ann, D, DAY);
        Optional<Refusal> refusal = check(leave(room.ann, room.ann, LeaveKind.PERSONAL, D, D, false, before(D, EIGHT, 23)));
        assertThat(refusal).hasValueSatisfying(r -> {
            assertThat(r.ruleId()).isEqualTo("R-LV-1");
            assertThat(r.messageKey()).isEqualTo("roster.refuse.ordinaryNotice");
            assertThat(r.args()).containsExactly(24L, "2026-12-09 08:00");
        });
    }

    @Test
    void specialLeaveNeedsAnHourBeforeTheShift_R_LV_1() {
        room.works(room.ann, D, DAY);
        assertThat(check(leave(room.ann, room.ann, LeaveKind.SPECIAL, D, D, false, before(D, EIGHT, 2)))).isEmpty();
        assertThat(check(leave(room.ann, room.ann, LeaveKind.SPECIAL, D, D, false, before(D, LocalTime.of(7, 30), 0))))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.specialNotice"));
    }

    @Test
    void anEmergencyIsPhonedInBeforeTheShiftStarts_R_LV_1_R_LV_3() {
        room.works(room.ann, D, DAY);
        assertThat(check(leave(room.ann, room.leaderOne, LeaveKind.EMERGENCY, D, D, false, before(D, LocalTime.of(7, 50), 0))))
                .isEmpty();
        assertThat(check(leave(room.ann, room.leaderOne, LeaveKind.EMERGENCY, D, D, false, before(D, LocalTime.of(8, 5), 0))))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.emergencyAfterStart"));
    }

    @Test
    void personalLeaveIsAskedOnlyByThePersonThemself_R_LV_3() {
        room.works(room.ann, D, DAY);
        assertThat(check(leave(room.ann, room.ben, LeaveKind.PERSONAL, D, D, false, before(D, EIGHT, 48))))
                .hasValueSatisfying(r -> {
                    assertThat(r.ruleId()).isEqualTo("R-LV-3");
                    assertThat(r.messageKey()).isEqualTo("roster.refuse.onlySelf");
                });
    }

    @Test
    void sickLeaveMayBeAskedOnSomeonesBehalfButNeedsACertificate_R_LV_3() {
        room.works(room.ann, D, DAY);
        assertThat(check(leave(room.ann, room.ben, LeaveKind.SICK, D, D, true, before(D, EIGHT, 48)))).isEmpty();
        assertThat(check(leave(room.ann, room.ben, LeaveKind.SICK, D, D, false, before(D, EIGHT, 48))))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.certificate"));
    }

    @Test
    void anEmergencyIsRecordedByTheMonitorNotByTheAgent_R_LV_3() {
        room.works(room.ann, D, DAY);
        assertThat(check(leave(room.ann, room.ann, LeaveKind.EMERGENCY, D, D, false, before(D, EIGHT, 1))))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.emergencyByMonitor"));
    }

    @Test
    void leaveFromANightShiftIsAskedBeforeNoonOfThatDay_R_LV_4() {
        room.works(room.ann, D, NIGHT);
        assertThat(check(leave(room.ann, room.ann, LeaveKind.SPECIAL, D, D, false, before(D, LocalTime.of(11, 59), 0))))
                .isEmpty();
        assertThat(check(leave(room.ann, room.ann, LeaveKind.SPECIAL, D, D, false, before(D, LocalTime.NOON, 0))))
                .hasValueSatisfying(r -> {
                    assertThat(r.ruleId()).isEqualTo("R-LV-4");
                    assertThat(r.args()).containsExactly("2026-12-09 12:00");
                });
    }

    @Test
    void holidayDutyTakesNoOrdinaryLeave_R_SW_5() {
        room.works(room.ann, D, DAY).holiday(D);
        assertThat(check(leave(room.ann, room.ann, LeaveKind.PERSONAL, D, D, false, before(D, EIGHT, 24 * 5))))
                .hasValueSatisfying(r -> {
                    assertThat(r.ruleId()).isEqualTo("R-SW-5");
                    assertThat(r.messageKey()).isEqualTo("roster.refuse.holidayDutyLeave");
                });
    }

    @Test
    void specialLeaveOnAHolidayIsAskedTwoDaysAhead_R_LV_5() {
        room.works(room.ann, D, DAY).holiday(D);
        assertThat(check(leave(room.ann, room.ann, LeaveKind.SPECIAL, D, D, false, before(D, LocalTime.MIDNIGHT, 49))))
                .isEmpty();
        assertThat(check(leave(room.ann, room.ann, LeaveKind.SPECIAL, D, D, false, before(D, LocalTime.MIDNIGHT, 47))))
                .hasValueSatisfying(r -> assertThat(r.ruleId()).isEqualTo("R-LV-5"));
    }

    @Test
    void noLeaveFromAShiftTakenOverByASwap_R_SW_5() {
        room.works(room.ann, D, DAY).works(room.ben, D.plusDays(1), DAY);
        var swap = RosterScenario.swap(room.ann, D, room.ben, D.plusDays(1), before(D, EIGHT, 100));
        room.add(swap).decide(room.leaderOne, swap.id(), Verdict.APPROVED, before(D, EIGHT, 90))
                .decide(room.leaderTwo, swap.id(), Verdict.APPROVED, before(D, EIGHT, 80));
        assertThat(check(leave(room.ben, room.ben, LeaveKind.PERSONAL, D, D, false, before(D, EIGHT, 48))))
                .hasValueSatisfying(r -> {
                    assertThat(r.ruleId()).isEqualTo("R-SW-5");
                    assertThat(r.messageKey()).isEqualTo("roster.refuse.leaveOnSwap");
                });
    }

    @Test
    void noLeaveOnADayThatOnesOwnPendingSwapGivesAway_R_SW_5() {
        room.works(room.ann, D, DAY).works(room.ben, D.plusDays(1), DAY);
        var swap = RosterScenario.swap(room.ann, D, room.ben, D.plusDays(1), before(D, EIGHT, 100));
        room.add(swap).decide(room.leaderOne, swap.id(), Verdict.APPROVED, before(D, EIGHT, 90)); // one leader of two
        // The requester's day that the swap gives away, and the partner's day it gives away.
        assertThat(check(leave(room.ann, room.ann, LeaveKind.PERSONAL, D, D, false, before(D, EIGHT, 48))))
                .hasValueSatisfying(r -> {
                    assertThat(r.ruleId()).isEqualTo("R-SW-5");
                    assertThat(r.messageKey()).isEqualTo("roster.refuse.leaveOnPendingSwap");
                    assertThat(r.args()).containsExactly(D.toString(), room.ben.name());
                });
        assertThat(check(leave(room.ben, room.ben, LeaveKind.PERSONAL, D.plusDays(1), D.plusDays(1), false,
                before(D.plusDays(1), EIGHT, 48))))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.leaveOnPendingSwap"));
    }

    @Test
    void leaveIsAskedAgainOnceTheSwapIsRefused_R_SW_5() {
        room.works(room.ann, D, DAY).works(room.ben, D.plusDays(1), DAY).works(room.ann, D.plusDays(2), DAY);
        var swap = RosterScenario.swap(room.ann, D, room.ben, D.plusDays(1), before(D, EIGHT, 100));
        room.add(swap);
        // Another of the person's days is not in the swap: leave there is fine.
        assertThat(check(leave(room.ann, room.ann, LeaveKind.PERSONAL, D.plusDays(2), D.plusDays(2), false,
                before(D.plusDays(2), EIGHT, 48)))).isEmpty();
        room.decide(room.leaderOne, swap.id(), Verdict.REFUSED, before(D, EIGHT, 90));
        assertThat(check(leave(room.ann, room.ann, LeaveKind.PERSONAL, D, D, false, before(D, EIGHT, 48)))).isEmpty();
    }

    @Test
    void leaveOnDaysWithoutAShiftFreesNothing() {
        assertThat(check(leave(room.ann, room.ann, LeaveKind.PERSONAL, D, D, false, before(D, EIGHT, 48))))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.noShiftInLeave"));
    }
}

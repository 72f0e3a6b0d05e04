package org.seatdesk.roster.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.roster.RosterScenario.D;
import static org.seatdesk.roster.RosterScenario.DAY;
import static org.seatdesk.roster.RosterScenario.MIDDLE;
import static org.seatdesk.roster.RosterScenario.NIGHT;
import static org.seatdesk.roster.RosterScenario.before;
import static org.seatdesk.roster.RosterScenario.swap;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RequestStatus;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.RosterScenario;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.roster.Verdict;

/// Each swap rule says no with its own ID and reason; an approved swap moves the shifts.
class SwapRulesTest {

    private static final RosterPolicy POLICY = RosterPolicy.standard();
    private static final Instant EARLY = before(D, LocalTime.of(8, 0), 24 * 10);
    private final RosterScenario room = new RosterScenario();

    private Optional<Refusal> check(SwapRequest swap) {
        return SwapRules.check(swap, room.facts(), POLICY);
    }

    @Test
    void aSwapBetweenEqualsIsAcceptedAndMovesBothShiftsOnceBothLeadersApprove_R_SW_1() {
        room.works(room.ann, D, DAY).works(room.ben, D.plusDays(2), MIDDLE);
        SwapRequest swap = swap(room.ann, D, room.ben, D.plusDays(2), EARLY);
        assertThat(check(swap)).isEmpty();
        room.add(swap).decide(room.leaderOne, swap.id(), Verdict.APPROVED, EARLY.plusSeconds(60));
        assertThat(room.facts().status(swap)).isEqualTo(RequestStatus.PENDING);
        room.decide(room.leaderTwo, swap.id(), Verdict.APPROVED, EARLY.plusSeconds(120));
        var facts = room.facts();
        assertThat(facts.status(swap)).isEqualTo(RequestStatus.APPROVED);
        assertThat(facts.effective().shift(room.ben.id(), D)).hasValueSatisfying(s -> {
            assertThat(s.assignment().shiftCode()).isEqualTo("DAY");
            assertThat(s.swapped()).isTrue();
        });
        assertThat(facts.effective().shift(room.ann.id(), D.plusDays(2)))
                .hasValueSatisfying(s -> assertThat(s.assignment().shiftCode()).isEqualTo("MIDDLE"));
        assertThat(facts.effective().shift(room.ann.id(), D)).isEmpty();
    }

    @Test
    void oneLeaderRefusingRefusesTheSwap_R_SW_1() {
        room.works(room.ann, D, DAY).works(room.ben, D.plusDays(2), MIDDLE);
        SwapRequest swap = swap(room.ann, D, room.ben, D.plusDays(2), EARLY);
        room.add(swap).decide(room.leaderOne, swap.id(), Verdict.APPROVED, EARLY.plusSeconds(60))
                .decide(room.leaderTwo, swap.id(), Verdict.REFUSED, EARLY.plusSeconds(120));
        assertThat(room.facts().status(swap)).isEqualTo(RequestStatus.REFUSED);
        assertThat(room.facts().effective().shift(room.ann.id(), D)).isPresent();
    }

    @Test
    void aThirdSwapInAMonthIsRefused_R_SW_2() {
        for (int i = 0; i < 3; i++) {
            room.works(room.ann, D.plusDays(2 * i), DAY).works(room.ben, D.plusDays(2 * i + 1), DAY);
        }
        room.add(swap(room.ann, D, room.ben, D.plusDays(1), EARLY));
        room.add(swap(room.ann, D.plusDays(2), room.ben, D.plusDays(3), EARLY));
        assertThat(check(swap(room.ann, D.plusDays(4), room.ben, D.plusDays(5), EARLY))).hasValueSatisfying(r -> {
            assertThat(r.ruleId()).isEqualTo("R-SW-2");
            assertThat(r.args()).containsExactly(room.ann.name(), 2, "2026-12");
        });
    }

    @Test
    void aRefusedSwapDoesNotCountTowardsTheMonth_R_SW_2() {
        room.works(room.ann, D, DAY).works(room.ben, D.plusDays(1), DAY).works(room.ann, D.plusDays(2), DAY)
                .works(room.ben, D.plusDays(3), DAY).works(room.ann, D.plusDays(4), DAY).works(room.ben, D.plusDays(5), DAY);
        SwapRequest refused = swap(room.ann, D, room.ben, D.plusDays(1), EARLY);
        room.add(refused).decide(room.leaderOne, refused.id(), Verdict.REFUSED, EARLY.plusSeconds(5));
        room.add(swap(room.ann, D.plusDays(2), room.ben, D.plusDays(3), EARLY));
        assertThat(check(swap(room.ann, D.plusDays(4), room.ben, D.plusDays(5), EARLY))).isEmpty();
    }

    @Test
    void aSwapThatLeavesTooLittleRestIsRefused_R_SW_3() {
        // Ben works the night of D-1 (ends 08:00 on D); taking Ann's day shift of D would start at 08:00.
        room.works(room.ben, D.minusDays(1), NIGHT).works(room.ann, D, DAY).works(room.ben, D.plusDays(3), DAY);
        assertThat(check(swap(room.ann, D, room.ben, D.plusDays(3), EARLY))).hasValueSatisfying(r -> {
            assertThat(r.ruleId()).isEqualTo("R-SW-3");
            assertThat(r.args()).containsExactly(room.ben.name(), D.toString(), 8L);
        });
    }

    @Test
    void swapsStayWithinOneWorkTypeAndGrade_R_SW_4_R_GR_1() {
        room.works(room.ann, D, DAY).works(room.junior, D.plusDays(1), DAY).works(room.callback, D.plusDays(1), DAY);
        assertThat(check(swap(room.ann, D, room.junior, D.plusDays(1), EARLY)))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.grade"));
        assertThat(check(swap(room.ann, D, room.callback, D.plusDays(1), EARLY)))
                .hasValueSatisfying(r -> {
                    assertThat(r.ruleId()).isEqualTo("R-SW-4");
                    assertThat(r.messageKey()).isEqualTo("roster.refuse.workType");
                });
    }

    @Test
    void holidayDutyIsNotSwapped_R_SW_5() {
        room.works(room.ann, D, DAY).works(room.ben, D.plusDays(1), DAY).holiday(D);
        assertThat(check(swap(room.ann, D, room.ben, D.plusDays(1), EARLY)))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.holidayDutySwap"));
    }

    @Test
    void nobodyTakesOverAShiftOnADayOfTheirApprovedLeave_R_SW_5() {
        // Found by RosterRulesProperties: the taken-over shift became leave on a swapped shift.
        room.works(room.ann, D, DAY).works(room.ben, D.plusDays(1), DAY).works(room.ben, D.plusDays(3), DAY);
        var leave = RosterScenario.leave(room.ben, room.ben, org.seatdesk.roster.LeaveKind.PERSONAL, D, D.plusDays(2), false,
                EARLY);
        room.add(leave).decide(room.department, leave.id(), Verdict.APPROVED, EARLY.plusSeconds(1))
                .decide(room.centre, leave.id(), Verdict.APPROVED, EARLY.plusSeconds(2));
        assertThat(check(swap(room.ann, D, room.ben, D.plusDays(3), EARLY))).hasValueSatisfying(r -> {
            assertThat(r.ruleId()).isEqualTo("R-SW-5");
            assertThat(r.messageKey()).isEqualTo("roster.refuse.swapIntoLeave");
        });
    }

    @Test
    void aSwapNeedsBothShiftsAndTwoPeople() {
        room.works(room.ann, D, DAY);
        assertThat(check(swap(room.ann, D, room.ben, D.plusDays(1), EARLY)))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.swapNoShift"));
        assertThat(check(swap(room.ann, D, room.ann, D, EARLY)))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.swapWithSelf"));
    }

    @Test
    void anEmptySwappedShiftMarksBothPartiesAbsent_R_SW_6() {
        room.works(room.ann, D, DAY).works(room.ben, D.plusDays(1), DAY).works(room.junior, D, DAY);
        SwapRequest swap = swap(room.ann, D, room.ben, D.plusDays(1), EARLY);
        room.add(swap).decide(room.leaderOne, swap.id(), Verdict.APPROVED, EARLY.plusSeconds(1))
                .decide(room.leaderTwo, swap.id(), Verdict.APPROVED, EARLY.plusSeconds(2));
        var facts = room.facts();
        assertThat(EmptySwappedShift.absentees(facts, room.ben.id(), D)).containsExactly(room.ben.id(), room.ann.id());
        assertThat(EmptySwappedShift.absentees(facts, room.junior.id(), D)).containsExactly(room.junior.id());
    }
}

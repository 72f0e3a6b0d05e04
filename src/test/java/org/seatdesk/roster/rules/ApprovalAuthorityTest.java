package org.seatdesk.roster.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.roster.RosterScenario.D;
import static org.seatdesk.roster.RosterScenario.DAY;
import static org.seatdesk.roster.RosterScenario.before;
import static org.seatdesk.roster.RosterScenario.leave;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.RequestStatus;
import org.seatdesk.roster.RosterScenario;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.roster.Verdict;

/// Who decides what: leave by length, level by level (R-LV-2); swaps by both squad leaders (R-SW-1).
class ApprovalAuthorityTest {

    private static final Instant AT = before(D, LocalTime.of(8, 0), 24 * 7);
    private final RosterScenario room = new RosterScenario();

    @Test
    void oneDayOfLeaveIsTheDepartmentDirectorsAlone_R_LV_2() {
        room.works(room.ann, D, DAY);
        LeaveRequest oneDay = leave(room.ann, room.ann, LeaveKind.PERSONAL, D, D, false, AT);
        room.add(oneDay);
        assertThat(ApprovalAuthority.mayDecide(room.centre, oneDay, room.facts()))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.authorityOneDay"));
        assertThat(ApprovalAuthority.mayDecide(room.leaderOne, oneDay, room.facts())).isPresent();
        assertThat(ApprovalAuthority.mayDecide(room.department, oneDay, room.facts())).isEmpty();
        room.decide(room.department, oneDay.id(), Verdict.APPROVED, AT.plusSeconds(1));
        assertThat(room.facts().status(oneDay)).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void longerLeaveGoesToTheDepartmentDirectorFirstThenTheCentreDirectorWithoutSkipping_R_LV_2() {
        room.works(room.ann, D, DAY).works(room.ann, D.plusDays(1), DAY);
        LeaveRequest twoDays = leave(room.ann, room.ann, LeaveKind.PERSONAL, D, D.plusDays(1), false, AT);
        room.add(twoDays);
        assertThat(ApprovalAuthority.mayDecide(room.centre, twoDays, room.facts()))
                .hasValueSatisfying(r -> {
                    assertThat(r.ruleId()).isEqualTo("R-LV-2");
                    assertThat(r.messageKey()).isEqualTo("roster.refuse.skipLevel");
                });
        room.decide(room.centre, twoDays.id(), Verdict.APPROVED, AT.plusSeconds(1)); // a stray skip counts for nothing
        assertThat(room.facts().status(twoDays)).isEqualTo(RequestStatus.PENDING);
        room.decide(room.department, twoDays.id(), Verdict.APPROVED, AT.plusSeconds(2));
        assertThat(room.facts().status(twoDays)).isEqualTo(RequestStatus.PENDING);
        assertThat(ApprovalAuthority.mayDecide(room.department, twoDays, room.facts())).isPresent();
        assertThat(ApprovalAuthority.mayDecide(room.centre, twoDays, room.facts())).isEmpty();
        room.decide(room.centre, twoDays.id(), Verdict.APPROVED, AT.plusSeconds(3));
        assertThat(room.facts().status(twoDays)).isEqualTo(RequestStatus.APPROVED);
        assertThat(room.facts().effective().shift(room.ann.id(), D.plusDays(1)))
                .hasValueSatisfying(s -> assertThat(s.onLeave()).isTrue());
    }

    @Test
    void aSwapIsDecidedByTheSquadLeadersOfBothPartiesOnly_R_SW_1() {
        room.works(room.ann, D, DAY).works(room.ben, D.plusDays(1), DAY);
        SwapRequest swap = RosterScenario.swap(room.ann, D, room.ben, D.plusDays(1), AT);
        room.add(swap);
        assertThat(ApprovalAuthority.mayDecide(room.department, swap, room.facts()))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.notSquadLeader"));
        assertThat(ApprovalAuthority.mayDecide(room.ann, swap, room.facts()))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.ownRequest"));
        assertThat(ApprovalAuthority.mayDecide(room.leaderOne, swap, room.facts())).isEmpty();
        room.decide(room.leaderOne, swap.id(), Verdict.APPROVED, AT.plusSeconds(1));
        assertThat(ApprovalAuthority.mayDecide(room.leaderOne, swap, room.facts()))
                .hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("roster.refuse.alreadyDecided"));
        assertThat(ApprovalAuthority.mayDecide(room.leaderTwo, swap, room.facts())).isEmpty();
    }
}

package org.seatdesk.roster.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.roster.RosterScenario.D;
import static org.seatdesk.roster.RosterScenario.DAY;
import static org.seatdesk.roster.RosterScenario.NIGHT;
import static org.seatdesk.roster.RosterScenario.leave;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.RosterScenario;
import org.seatdesk.roster.Verdict;

/// R-SW-3 counts the rest between shifts that are worked: a shift on approved leave is not.
class RestBetweenShiftsTest {

    private static final Instant AT = D.minusDays(3).atStartOfDay(RosterScenario.ZONE).toInstant();
    private final RosterScenario room = new RosterScenario();

    @Test
    void aDayShiftRightAfterANightIsBackToBack_R_SW_3() {
        room.works(room.ann, D, NIGHT).works(room.ann, D.plusDays(1), DAY); // night ends 08:00, day starts 08:00

        assertThat(backToBack(room.facts())).containsExactly(D.plusDays(1));
    }

    @Test
    void aNightOnApprovedLeaveLeavesNoShortRestBeforeTheNextShift_R_SW_3() {
        room.works(room.ann, D, NIGHT).works(room.ann, D.plusDays(1), DAY);
        LeaveRequest night = leave(room.ann, room.ann, LeaveKind.PERSONAL, D, D, false, AT);
        room.add(night).decide(room.department, night.id(), Verdict.APPROVED, AT.plusSeconds(1));

        assertThat(room.facts().effective().shift(room.ann.id(), D)).hasValueSatisfying(s -> assertThat(s.onLeave()).isTrue());
        assertThat(backToBack(room.facts())).isEmpty();
    }

    private List<LocalDate> backToBack(RosterFacts facts) {
        return RestBetweenShifts.backToBackDays(facts.effective(), facts, room.ann.id(), D, D.plusDays(6),
                RosterPolicy.standard().minimumRest());
    }
}

package org.seatdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seatdesk.roster.RequestStatus;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.Squad;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;

/// The demo's month of roster: every rotating shift has a monitor, requests in every state, and
/// nothing the rules would refuse.
class DemoRosterPlanTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private final DemoCentre.Data centre = new DemoCentre(DemoCentre.DEFAULT_SEED, Clock.fixed(NOW, ZONE), ZONE)
            .generate("hash");
    private final DemoRosterPlan.Plan plan = DemoRosterPlan.of(centre, NOW);

    @Test
    void theRosterReachesFiveWeeksAheadWithAMonitorOnEveryRotatingShift() {
        LocalDate today = LocalDate.ofInstant(NOW, ZONE);
        RosterFacts facts = facts();
        for (LocalDate day = today.minusDays(7); day.isBefore(today.plusDays(DemoRosterPlan.DAYS_AHEAD)); day = day.plusDays(1)) {
            for (String shift : List.of("DAY", "MIDDLE", "NIGHT")) {
                LocalDate d = day;
                assertThat(facts.effective().on(d, shift)).as(shift + " of " + d)
                        .anyMatch(s -> facts.staff(s.assignment().staffId()).orElseThrow().role() == Role.SHIFT_MONITOR);
            }
        }
    }

    @Test
    void requestsStandInEveryStateAndEverySwapHasSquadLeaders_R_SW_1() {
        RosterFacts facts = facts();
        assertThat(plan.leaves()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(plan.swaps()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(plan.leaves().stream().map(facts::status))
                .contains(RequestStatus.PENDING, RequestStatus.APPROVED, RequestStatus.REFUSED);
        assertThat(plan.swaps().stream().map(facts::status)).contains(RequestStatus.PENDING, RequestStatus.APPROVED);
        assertThat(plan.squads()).extracting(Squad::code).containsExactly("SQ1", "SQ2", "SQ3", "SQ4");
    }

    private RosterFacts facts() {
        List<Staff> staff = new java.util.ArrayList<>(centre.staff());
        staff.addAll(plan.extraStaff());
        Map<UUID, Squad> squadOf = new HashMap<>();
        plan.squadOf().forEach((id, code) -> squadOf.put(id, plan.squads().stream()
                .filter(q -> q.code().equals(code)).findFirst().orElseThrow()));
        List<org.seatdesk.roster.Assignment> planned = new java.util.ArrayList<>(centre.assignments().stream()
                .map(a -> new org.seatdesk.roster.Assignment(a.staffId(), a.workDay(), a.shiftCode(), a.seatCode())).toList());
        planned.addAll(plan.extraAssignments());
        return new RosterFacts(ZONE, centre.shiftTypes(), staff, squadOf,
                plan.holidays().stream().map(h -> h.day()).toList(), planned, plan.leaves(), plan.swaps(), plan.decisions());
    }
}

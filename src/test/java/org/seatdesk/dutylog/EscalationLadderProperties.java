package org.seatdesk.dutylog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.seatdesk.security.Role;

/// R-SEC-2: up one level at a time; a level is skipped only in an emergency, and every skipped
/// superior is informed afterwards.
class EscalationLadderProperties {

    private static final List<Role> LADDER = List.of(Role.AGENT, Role.SHIFT_MONITOR, Role.DEPARTMENT_DIRECTOR,
            Role.CENTRE_DIRECTOR);

    @Property
    void withoutAnEmergencyOnlyTheNextLevelIsAllowed_R_SEC_2(@ForAll Role from, @ForAll Role to) {
        boolean allowed = EscalationLadder.refusal(from, to, false).isEmpty();
        // the ladder as domain.md states it (this class's own list), not the code under test
        assertThat(allowed).isEqualTo(level(from) >= 0 && level(to) == level(from) + 1);
        assertThat(EscalationLadder.next(from)).isEqualTo(level(from) >= 0 && level(from) + 1 < LADDER.size()
                ? java.util.Optional.of(LADDER.get(level(from) + 1)) : java.util.Optional.empty());
    }

    @Property
    void inAnEmergencyAnySuperiorMayBeReachedAndTheLevelsBetweenAreSkipped_R_SEC_2(@ForAll Role from, @ForAll Role to) {
        boolean allowed = EscalationLadder.refusal(from, to, true).isEmpty();
        int low = level(from);
        int high = level(to);
        assertThat(allowed).isEqualTo(low >= 0 && high > low);
        if (allowed) {
            assertThat(EscalationLadder.skipped(from, to)).hasSize(high - low - 1).doesNotContain(from, to);
        }
    }

    @Property
    void everySkippedSuperiorStaysPendingUntilInformed_R_SEC_2(@ForAll Role from, @ForAll Role to) {
        if (EscalationLadder.refusal(from, to, true).isPresent()) {
            return;
        }
        Escalation emergency = escalation(from, to, true, null);
        List<Escalation> all = new ArrayList<>(List.of(emergency));
        List<Role> skipped = EscalationLadder.skipped(from, to);
        assertThat(DutyLogService.pendingNotices(all)).extracting(DutyLogService.PendingNotice::superior)
                .containsExactlyElementsOf(skipped);
        for (Role superior : skipped) {
            all.add(escalation(to, superior, false, emergency.id()));
        }
        assertThat(DutyLogService.pendingNotices(all)).isEmpty();
    }

    @Test
    void anAgentReachesTheDepartmentDirectorOnlyInAnEmergencyAndTheMonitorIsInformedAfter_R_SEC_2() {
        assertThat(EscalationLadder.refusal(Role.AGENT, Role.DEPARTMENT_DIRECTOR, false)).contains("escalation.skipNeedsEmergency");
        assertThat(EscalationLadder.refusal(Role.AGENT, Role.DEPARTMENT_DIRECTOR, true)).isEmpty();
        assertThat(EscalationLadder.skipped(Role.AGENT, Role.DEPARTMENT_DIRECTOR)).containsExactly(Role.SHIFT_MONITOR);
        assertThat(EscalationLadder.refusal(Role.CENTRE_DIRECTOR, Role.SHIFT_MONITOR, true)).contains("escalation.notUp");
        assertThat(EscalationLadder.refusal(Role.WALL, Role.SHIFT_MONITOR, false)).contains("escalation.notUp");
    }

    private static int level(Role role) {
        return role == Role.WALL ? -1 : Math.max(0, LADDER.indexOf(role));
    }

    private static Escalation escalation(Role from, Role to, boolean emergency, UUID informs) {
        return new Escalation(UUID.randomUUID(), LocalDate.of(2026, 11, 24), "DAY", UUID.randomUUID(), "周建华", from, to,
                emergency, informs, "系统故障", Instant.parse("2026-11-24T02:00:00Z"));
    }
}

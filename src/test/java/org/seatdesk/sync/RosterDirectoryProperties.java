package org.seatdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.seatdesk.roster.Assignment;

/// ADR 0024: the directory's compact plan (a code per day, the usual seat once per person) gives
/// back exactly the window's shifts, through JSON too; shifts outside the window are not sent.
class RosterDirectoryProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final RosterDirectory.Window WINDOW = RosterDirectory.Window.around(TODAY);
    private static final List<UUID> PEOPLE = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Property
    void theWindowsShiftsComeBackExactlyThroughJson(@ForAll("plans") List<Assignment> shifts) {
        RosterDirectory sent = directory(shifts);

        RosterDirectory received = Payloads.read(Payloads.json(sent), RosterDirectory.class);

        Set<Assignment> inWindow = new HashSet<>(shifts.stream()
                .filter(a -> !a.workDay().isBefore(WINDOW.from()) && !a.workDay().isAfter(WINDOW.to())).toList());
        assertThat(received.toAssignments()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inWindow);
    }

    @Example
    void aDayAtAnotherSeatOrAtNoneIsMarkedOnThatDayOnly() {
        UUID who = PEOPLE.getFirst();
        RosterDirectory sent = directory(List.of(new Assignment(who, TODAY, "DAY", "S07"),
                new Assignment(who, TODAY.plusDays(1), "DAY", "S07"), new Assignment(who, TODAY.plusDays(2), "NIGHT", "S09"),
                new Assignment(who, TODAY.plusDays(4), "MIDDLE", null)));

        RosterDirectory.PersonPlan plan = sent.plan().getFirst();

        assertThat(plan.seatCode()).isEqualTo("S07");
        assertThat(plan.shifts().subList(RosterDirectory.DAYS_BACK, plan.shifts().size()))
                .containsExactly("DAY", "DAY", "NIGHT@S09", null, "MIDDLE@");
    }

    @Provide
    Arbitrary<List<Assignment>> plans() {
        Arbitrary<Assignment> shift = Combinators.combine(Arbitraries.of(PEOPLE),
                        Arbitraries.integers().between(-30, 80).map(TODAY::plusDays),
                        Arbitraries.of("DAY", "MIDDLE", "NIGHT", "X"),
                        Arbitraries.of("S01", "S02", "S999").injectNull(0.2))
                .as(Assignment::new);
        // One shift per person and day, as shift_assignment's key has it.
        return shift.list().ofMaxSize(200).uniqueElements(a -> a.staffId() + "/" + a.workDay());
    }

    private static RosterDirectory directory(List<Assignment> shifts) {
        return new RosterDirectory(WINDOW.from(), WINDOW.to(), null, 7, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), RosterDirectory.encode(WINDOW, shifts));
    }
}

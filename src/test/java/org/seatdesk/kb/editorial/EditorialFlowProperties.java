package org.seatdesk.kb.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.seatdesk.security.Role;

/// R-KB-1 as a property: whatever sequence of actions, by whatever roles, with or without notes
/// and text, an item is published only after every earlier step of the flow, in order, each
/// by a role allowed to take it.
class EditorialFlowProperties {

    /// `followFlow`: instead of `action`, take one the flow allows from the current state (by
    /// any role), so that long runs reach publication often enough to test it; roles stay random.
    record Attempt(EditorialAction action, Role role, boolean withNote, boolean withText, boolean followFlow, int pick) {

        EditorialAction actionIn(EditorialState state) {
            if (!followFlow) {
                return action;
            }
            List<EditorialAction> legal = java.util.Arrays.stream(EditorialAction.values())
                    .filter(a -> state == null ? a.startsItem() : a.allowedFrom(state)).toList();
            return legal.isEmpty() ? action : legal.get(pick % legal.size());
        }
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Role> roles = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Role.KB_EDITOR)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Role.CENTRE_DIRECTOR)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(Role.class)));
        return Combinators.combine(Arbitraries.of(EditorialAction.class), roles, Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.integers().between(0, 9).map(n -> n < 8),
                        Arbitraries.integers().between(0, 5))
                .as(Attempt::new).list().ofMaxSize(80);
    }

    @Property(tries = 2000)
    void rKb1NoSequenceReachesPublishedWithoutEveryPriorStep(@ForAll("attempts") List<Attempt> attempts) {
        EditorialState state = null;
        List<Step> accepted = new ArrayList<>();
        UUID item = UUID.randomUUID();
        boolean published = false;
        for (Attempt a : attempts) {
            EditorialAction action = a.actionIn(state);
            Transition t = EditorialFlow.decide(state, action, a.role(), a.withNote() ? "note" : null, a.withText());
            if (t instanceof Transition.Allowed allowed) {
                assertThat(action.allowedFor(a.role())).isTrue();
                state = allowed.next();
                accepted.add(new Step(UUID.randomUUID(), item, accepted.size() + 1, action, UUID.randomUUID(),
                        a.role().name(), Instant.EPOCH, null, null));
                if (action == EditorialAction.PUBLISH) {
                    assertEveryPriorStep(accepted);
                    published = true;
                }
            }
        }
        Statistics.label("published").collect(published);
        Statistics.label("published").coverage(c -> c.check(true).percentage(p -> p > 10));
        // Replaying what was accepted gives the same state: the hub and the console agree.
        assertThat(EditorialFlow.stateAfter(accepted).orElse(null)).isEqualTo(state);
    }

    /// The flow before this publication: received, read by the director, then since the last
    /// (re)start of editing: entered and confirmed, with nothing sending it back in between.
    private static void assertEveryPriorStep(List<Step> steps) {
        List<EditorialAction> actions = steps.stream().map(Step::action).toList();
        assertThat(actions.get(0)).isEqualTo(EditorialAction.RECEIVE_NOTICE);
        assertThat(actions.get(1)).isEqualTo(EditorialAction.DIRECTOR_READ);
        assertThat(actions.get(2)).isEqualTo(EditorialAction.START_EDITING);
        int publish = actions.size() - 1;
        int lastEdit = Math.max(actions.lastIndexOf(EditorialAction.START_EDITING),
                Math.max(actions.subList(0, publish).lastIndexOf(EditorialAction.REVISE),
                        actions.subList(0, publish).lastIndexOf(EditorialAction.SEND_BACK)));
        List<EditorialAction> since = actions.subList(lastEdit + 1, publish);
        assertThat(since).containsSubsequence(EditorialAction.ENTER, EditorialAction.CONFIRM);
        assertThat(actions.get(publish - 1)).isEqualTo(EditorialAction.CONFIRM);
        assertThat(steps.get(1).actorName()).isEqualTo(Role.CENTRE_DIRECTOR.name());
    }
}

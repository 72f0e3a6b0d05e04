package org.seatdesk.kb.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.kb.editorial.EditorialAction.CONFIRM;
import static org.seatdesk.kb.editorial.EditorialAction.DIRECTOR_READ;
import static org.seatdesk.kb.editorial.EditorialAction.ENTER;
import static org.seatdesk.kb.editorial.EditorialAction.PUBLISH;
import static org.seatdesk.kb.editorial.EditorialAction.RECEIVE_NOTICE;
import static org.seatdesk.kb.editorial.EditorialAction.REMOVE;
import static org.seatdesk.kb.editorial.EditorialAction.START_EDITING;
import static org.seatdesk.kb.editorial.EditorialAction.START_REMOVAL;
import static org.seatdesk.kb.editorial.EditorialState.BEING_EDITED;
import static org.seatdesk.kb.editorial.EditorialState.CONFIRMED;
import static org.seatdesk.kb.editorial.EditorialState.ENTERED;
import static org.seatdesk.kb.editorial.EditorialState.NOTICE_RECEIVED;
import static org.seatdesk.kb.editorial.EditorialState.PUBLISHED;
import static org.seatdesk.kb.editorial.EditorialState.READ_BY_DIRECTOR;
import static org.seatdesk.kb.editorial.EditorialState.REMOVAL_STARTED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seatdesk.security.Role;

class EditorialFlowTest {

    @Test
    void rKb1TheFullFlowLeadsFromNoticeToPublishedWithTheRightRoleAtEachStep() {
        assertThat(allowed(null, RECEIVE_NOTICE, Role.KB_EDITOR)).isEqualTo(NOTICE_RECEIVED);
        assertThat(allowed(NOTICE_RECEIVED, DIRECTOR_READ, Role.CENTRE_DIRECTOR)).isEqualTo(READ_BY_DIRECTOR);
        assertThat(allowed(READ_BY_DIRECTOR, START_EDITING, Role.KB_EDITOR)).isEqualTo(BEING_EDITED);
        assertThat(EditorialFlow.decide(BEING_EDITED, ENTER, Role.KB_EDITOR, null, true))
                .isEqualTo(new Transition.Allowed(ENTERED));
        assertThat(EditorialFlow.decide(ENTERED, CONFIRM, Role.KB_EDITOR, "王科长 (bank card dept.) by phone", false))
                .isEqualTo(new Transition.Allowed(CONFIRMED));
        assertThat(allowed(CONFIRMED, PUBLISH, Role.KB_EDITOR)).isEqualTo(PUBLISHED);
    }

    @Test
    void rKb1OnlyTheCentreDirectorReadsAnIncomingNotice() {
        for (Role role : Role.values()) {
            Transition t = EditorialFlow.decide(NOTICE_RECEIVED, DIRECTOR_READ, role, null, false);
            assertThat(t instanceof Transition.Allowed).as(role.name()).isEqualTo(role == Role.CENTRE_DIRECTOR);
        }
        assertThat(refusal(NOTICE_RECEIVED, DIRECTOR_READ, Role.KB_EDITOR)).isEqualTo("role");
    }

    @Test
    void rKb1EditingCannotStartBeforeTheDirectorHasRead() {
        assertThat(refusal(NOTICE_RECEIVED, START_EDITING, Role.KB_EDITOR)).isEqualTo("order");
    }

    @Test
    void rKb1NothingIsPublishedBeforeTheIssuingDepartmentConfirmed() {
        assertThat(refusal(ENTERED, PUBLISH, Role.KB_EDITOR)).isEqualTo("order");
        assertThat(refusal(BEING_EDITED, PUBLISH, Role.KB_EDITOR)).isEqualTo("order");
    }

    @Test
    void rKb1TheDepartmentsConfirmationNamesWhoConfirmed() {
        assertThat(refusal(ENTERED, CONFIRM, Role.KB_EDITOR)).isEqualTo("note");
    }

    @Test
    void rKb1EnteringNeedsASavedCompleteVersion() {
        assertThat(EditorialFlow.decide(BEING_EDITED, ENTER, Role.KB_EDITOR, null, false))
                .isEqualTo(new Transition.Refused("no_text", "ENTER needs a saved version with title, section, category and body"));
    }

    @Test
    void rKb1AgentsAndTheWallTakeNoEditorialStep() {
        for (EditorialAction action : EditorialAction.values()) {
            assertThat(action.allowedFor(Role.AGENT)).as(action.name()).isFalse();
            assertThat(action.allowedFor(Role.WALL)).as(action.name()).isFalse();
        }
    }

    @Test
    void rKb2ARemovalHasAStartAndAnEndAndNeedsAReason() {
        assertThat(refusal(PUBLISHED, START_REMOVAL, Role.KB_EDITOR)).isEqualTo("note");
        assertThat(EditorialFlow.decide(PUBLISHED, START_REMOVAL, Role.KB_EDITOR, "policy withdrawn", false))
                .isEqualTo(new Transition.Allowed(REMOVAL_STARTED));
        assertThat(refusal(PUBLISHED, REMOVE, Role.KB_EDITOR)).isEqualTo("order");
        assertThat(allowed(REMOVAL_STARTED, REMOVE, Role.KB_EDITOR)).isEqualTo(EditorialState.REMOVED);
    }

    @Test
    void rKb1StateAfterIgnoresAStepThatCameOutOfOrder() {
        List<Step> steps = new ArrayList<>();
        UUID item = UUID.randomUUID();
        for (EditorialAction a : List.of(RECEIVE_NOTICE, START_EDITING, DIRECTOR_READ)) {
            steps.add(new Step(UUID.randomUUID(), item, steps.size() + 1, a, UUID.randomUUID(), "x", Instant.EPOCH, "n", null));
        }
        assertThat(EditorialFlow.stateAfter(steps)).contains(READ_BY_DIRECTOR);
    }

    @Test
    void rKb1TheButtonsOfferOnlyTheNextStepsOfTheRole() {
        assertThat(EditorialFlow.nextFor(NOTICE_RECEIVED, Role.CENTRE_DIRECTOR)).containsExactly(DIRECTOR_READ);
        assertThat(EditorialFlow.nextFor(NOTICE_RECEIVED, Role.KB_EDITOR)).isEmpty();
        assertThat(EditorialFlow.nextFor(ENTERED, Role.KB_EDITOR)).containsExactly(CONFIRM, EditorialAction.SEND_BACK);
    }

    private static EditorialState allowed(EditorialState from, EditorialAction action, Role role) {
        Transition t = EditorialFlow.decide(from, action, role, "note", true);
        assertThat(t).isInstanceOf(Transition.Allowed.class);
        return ((Transition.Allowed) t).next();
    }

    private static String refusal(EditorialState from, EditorialAction action, Role role) {
        Transition t = EditorialFlow.decide(from, action, role, null, true);
        assertThat(t).isInstanceOf(Transition.Refused.class);
        return ((Transition.Refused) t).reason();
    }
}

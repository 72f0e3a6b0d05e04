package org.seatdesk.hub;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.seatdesk.kb.editorial.Catalogue;
import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.EditorialAction;
import org.seatdesk.kb.editorial.EditorialFlow;
import org.seatdesk.kb.editorial.EditorialPolicy;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.EditorialState;
import org.seatdesk.kb.editorial.MarkdownCleaner;
import org.seatdesk.kb.editorial.Revision;
import org.seatdesk.kb.editorial.Step;
import org.seatdesk.kb.editorial.Transition;
import org.seatdesk.kb.editorial.KbSections;

/// The hub's check of the editors' records (R-KB-1, R-KB-2; design principle 7): the role and
/// the flow are decided again here with the same {@link EditorialFlow}, against the steps the
/// hub holds, so a console that skipped a check cannot publish past the centre director.
/// Records are append-only: each is accepted once, centre-wide.
final class KbEditorialRules {

    private static final MarkdownCleaner CLEANER = new MarkdownCleaner();

    private KbEditorialRules() {
    }

    static PushService.Outcome decide(KbEditorialTx tx, Caller caller, Operation op) {
        try {
            return switch (op.entity()) {
                case EditorialService.STEP -> step(tx, caller, op, Json.MAPPER.treeToValue(op.payload(), Step.class));
                case EditorialService.REVISION -> revision(tx, caller, op, Json.MAPPER.treeToValue(op.payload(), Revision.class));
                default -> catalogue(tx, caller, op, Json.MAPPER.treeToValue(op.payload(), CatalogueEntry.class));
            };
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return PushService.rejected("invalid_request", "the payload is not a " + op.entity() + " record");
        }
    }

    private static PushService.Outcome step(KbEditorialTx tx, Caller caller, Operation op, Step step) {
        if (step.id() == null || step.itemId() == null || step.action() == null || step.actorId() == null
                || step.actorName() == null || step.at() == null) {
            return PushService.rejected("invalid_request", "a step needs id, itemId, action, actorId, actorName and at");
        }
        PushService.Outcome refused = common(tx, caller, op, step.id(), step.actorId(), step.actorName());
        if (refused != null) {
            return refused;
        }
        if (step.department() != null && step.department().length() > Step.NAME_LIMIT) {
            return PushService.rejected("invalid_request", "department is longer than " + Step.NAME_LIMIT + " characters");
        }
        List<Step> steps = tx.steps(step.itemId());
        if (step.stepNo() != steps.size() + 1) {
            return PushService.rejected("invalid_request", "step " + step.stepNo() + " arrived when the item has "
                    + steps.size() + " steps: another step was taken first");
        }
        EditorialState current = EditorialFlow.stateAfter(steps).orElse(null);
        boolean complete = tx.revisions(step.itemId()).stream().reduce((a, b) -> b).map(Revision::isComplete).orElse(false);
        Transition decision = EditorialFlow.decide(current, step.action(), caller.role(), step.note(), complete);
        if (decision instanceof Transition.Refused no) {
            return "role".equals(no.reason()) ? PushService.forbidden(no.detail())
                    : PushService.rejected("invalid_request", no.detail());
        }
        return accepted(() -> tx.insert(step), step);
    }

    private static PushService.Outcome revision(KbEditorialTx tx, Caller caller, Operation op, Revision r) {
        if (r.id() == null || r.itemId() == null || r.authorId() == null || r.authorName() == null || r.at() == null
                || r.title() == null || r.body() == null || r.section() == null || r.category() == null
                || r.language() == null || r.tags() == null) {
            return PushService.rejected("invalid_request", "a revision needs every field");
        }
        if (!EditorialPolicy.mayEdit(caller.role())) {
            return PushService.forbidden("the role " + caller.role() + " cannot edit articles");
        }
        PushService.Outcome refused = common(tx, caller, op, r.id(), r.authorId(), r.authorName());
        if (refused != null) {
            return refused;
        }
        if (EditorialFlow.stateAfter(tx.steps(r.itemId())).orElse(null) != EditorialState.BEING_EDITED) {
            return PushService.rejected("invalid_request", "versions are saved while the item is being edited");
        }
        int next = tx.revisions(r.itemId()).stream().mapToInt(Revision::revisionNo).max().orElse(0) + 1;
        if (r.revisionNo() != next) {
            return PushService.rejected("invalid_request", "revision " + r.revisionNo() + " arrived where " + next + " was next");
        }
        if (r.title().isBlank() || r.title().length() > Revision.TITLE_LIMIT || r.body().length() > Revision.BODY_LIMIT
                || r.category().length() > Revision.CATEGORY_LIMIT || r.tags().length() > Revision.TAGS_LIMIT) {
            return PushService.rejected("invalid_request", "title, body, category or tags is empty or too long");
        }
        if (!"zh".equals(r.language()) && !"en".equals(r.language())) {
            return PushService.rejected("invalid_request", "language is zh or en");
        }
        if (!CLEANER.isClean(r.body())) {
            return PushService.rejected("invalid_request", "the body holds script, raw HTML or an unsafe link");
        }
        if (!new Catalogue(KbSections.NAMES, tx.catalogueEntries()).contains(r.section(), r.category())) {
            return PushService.rejected("invalid_request", "the category is not in the catalogue of its section");
        }
        return accepted(() -> tx.insert(r), r);
    }

    private static PushService.Outcome catalogue(KbEditorialTx tx, Caller caller, Operation op, CatalogueEntry e) {
        if (e.id() == null || e.section() == null || e.category() == null || e.change() == null || e.actorId() == null
                || e.actorName() == null || e.at() == null) {
            return PushService.rejected("invalid_request", "a catalogue entry needs every field");
        }
        if (!EditorialPolicy.mayEdit(caller.role())) {
            return PushService.forbidden("the role " + caller.role() + " cannot change the catalogue");
        }
        PushService.Outcome refused = common(tx, caller, op, e.id(), e.actorId(), e.actorName());
        if (refused != null) {
            return refused;
        }
        if (!KbSections.NAMES.contains(e.section()) || e.category().isBlank() || e.category().length() > Revision.CATEGORY_LIMIT) {
            return PushService.rejected("invalid_request", "unknown section, or an empty or too long category");
        }
        boolean present = new Catalogue(KbSections.NAMES, tx.catalogueEntries()).contains(e.section(), e.category());
        if (present == (e.change() == CatalogueEntry.Change.ADD)) {
            return PushService.rejected("invalid_request", present ? "the category exists already" : "no such category");
        }
        return accepted(() -> tx.insert(e), e);
    }

    /// R-KB-1 at the hub for the articles themselves: a `kb_article PUBLISH` of version n needs
    /// the item's n-th PUBLISH step accepted just before it (so every earlier step of the flow),
    /// a REMOVE the item's REMOVE step. Null when the operation is backed by the flow.
    static String articleOpProblem(KbEditorialTx tx, Operation op) {
        List<Step> steps = tx.steps(op.entityId());
        EditorialState state = EditorialFlow.stateAfter(steps).orElse(null);
        if ("REMOVE".equals(op.kind())) {
            return state == EditorialState.REMOVED ? null
                    : "an article is removed by the editors' flow: START_REMOVAL, then REMOVE (R-KB-2)";
        }
        long publishSteps = steps.stream().filter(s -> s.action() == EditorialAction.PUBLISH).count();
        int version = op.payload().path("version").asInt(-1);
        if (state != EditorialState.PUBLISHED || publishSteps != version) {
            return "an article is published by the editors' flow: notice, director's reading, editing, entry, "
                    + "the department's confirmation, then PUBLISH (R-KB-1)";
        }
        return null;
    }

    /// Null if the record may be stored as far as id, author and uniqueness go; otherwise the refusal.
    static PushService.Outcome common(KbEditorialTx tx, Caller caller, Operation op, UUID id, UUID actorId,
                                              String actorName) {
        if (!id.equals(op.entityId())) {
            return PushService.rejected("invalid_request", "entityId differs from the payload's id");
        }
        if (!actorId.equals(caller.staffId())) {
            return PushService.forbidden("an editorial record is written by the person logged in");
        }
        if (actorName.length() > Step.NAME_LIMIT) {
            return PushService.rejected("invalid_request", "the actor's name is longer than " + Step.NAME_LIMIT + " characters");
        }
        if (tx.exists(op.entity(), id)) {
            return PushService.rejected("invalid_request", "a " + op.entity() + " with this id exists already");
        }
        return null;
    }

    /// Centre-wide like the articles: every editor and director sees the flow, whatever their desk.
    static PushService.Outcome accepted(Runnable write, Object record) {
        return new PushService.Outcome.Accepted(write, 1, Change.EVERY_REGION, PushService.write(record), null);
    }
}

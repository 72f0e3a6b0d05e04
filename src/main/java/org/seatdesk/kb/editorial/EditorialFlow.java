package org.seatdesk.kb.editorial;

import java.util.List;
import java.util.Optional;

import org.seatdesk.security.Role;

/// The editors' flow of R-KB-1 as a state machine. Plain Java, used by the console before it
/// saves a step and again by the hub before it accepts one (sync principle 7), so a step the
/// console would refuse cannot arrive from elsewhere either.
public final class EditorialFlow {

    private EditorialFlow() {
    }

    /// The state an item is in after its steps, in order; empty for no steps. Steps that the
    /// flow would refuse are not counted (they can only come from a broken source).
    public static Optional<EditorialState> stateAfter(List<Step> steps) {
        EditorialState state = null;
        for (Step step : steps) {
            if (state == null ? step.action().startsItem() : step.action().allowedFrom(state)) {
                state = step.action().to();
            }
        }
        return Optional.ofNullable(state);
    }

    /// May `role` take `action` on an item in `current` (null: no item yet)?
    /// @param hasEnteredText for ENTER: a saved version with title, section, category and body exists
    public static Transition decide(EditorialState current, EditorialAction action, Role role, String note,
                                    boolean hasEnteredText) {
        if (!action.allowedFor(role)) {
            return new Transition.Refused("role", role + " may not " + action);
        }
        if (current == null && !action.startsItem()) {
            return new Transition.Refused("no_item", action + " needs a received notice first");
        }
        if (current != null && !action.allowedFrom(current)) {
            return new Transition.Refused("order", action + " is not a next step from " + current);
        }
        if (action.needsNote() && (note == null || note.isBlank())) {
            return new Transition.Refused("note", action + " needs a note");
        }
        if (note != null && note.length() > Step.NOTE_LIMIT) {
            return new Transition.Refused("note_length", "a note holds at most " + Step.NOTE_LIMIT + " characters");
        }
        if (action == EditorialAction.ENTER && !hasEnteredText) {
            return new Transition.Refused("no_text", "ENTER needs a saved version with title, section, category and body");
        }
        return new Transition.Allowed(action.to());
    }

    /// The next steps `role` could take from `current`, in flow order: what the editor's buttons offer.
    public static List<EditorialAction> nextFor(EditorialState current, Role role) {
        return java.util.Arrays.stream(EditorialAction.values())
                .filter(a -> a.allowedFor(role))
                .filter(a -> current == null ? a.startsItem() : a.allowedFrom(current))
                .toList();
    }
}

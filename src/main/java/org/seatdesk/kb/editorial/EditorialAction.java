package org.seatdesk.kb.editorial;

import static org.seatdesk.kb.editorial.EditorialState.BEING_EDITED;
import static org.seatdesk.kb.editorial.EditorialState.CONFIRMED;
import static org.seatdesk.kb.editorial.EditorialState.ENTERED;
import static org.seatdesk.kb.editorial.EditorialState.NOTICE_RECEIVED;
import static org.seatdesk.kb.editorial.EditorialState.PUBLISHED;
import static org.seatdesk.kb.editorial.EditorialState.READ_BY_DIRECTOR;
import static org.seatdesk.kb.editorial.EditorialState.REMOVAL_STARTED;
import static org.seatdesk.kb.editorial.EditorialState.REMOVED;

import java.util.EnumSet;
import java.util.Set;

import org.seatdesk.security.Role;

/// The steps of the editors' flow (R-KB-1, R-KB-2): from which states each may be taken, where
/// it leads and which role takes it (domain.md roles table: the centre director reads incoming
/// notices, the KB editor maintains the knowledge base). A null `from` means "starts an item".
public enum EditorialAction {
    /// R-KB-1 ①: registers a notice that arrived; the KB editor or the centre director may.
    RECEIVE_NOTICE(null, NOTICE_RECEIVED, EnumSet.of(Role.KB_EDITOR, Role.CENTRE_DIRECTOR)),
    /// R-KB-1 ②: the centre director, and only they, reads it before it enters the KB.
    DIRECTOR_READ(EnumSet.of(NOTICE_RECEIVED), READ_BY_DIRECTOR, EnumSet.of(Role.CENTRE_DIRECTOR)),
    /// R-KB-1 ③ (and R-KB-2: the start of an addition).
    START_EDITING(EnumSet.of(READ_BY_DIRECTOR), BEING_EDITED, EnumSet.of(Role.KB_EDITOR)),
    /// R-KB-1 ④: needs a saved version with title, section, category and body.
    ENTER(EnumSet.of(BEING_EDITED), ENTERED, EnumSet.of(Role.KB_EDITOR)),
    /// R-KB-1 ⑤: the editor records who in the issuing department confirmed (required note).
    CONFIRM(EnumSet.of(ENTERED), CONFIRMED, EnumSet.of(Role.KB_EDITOR)),
    /// R-KB-1 ⑤ the other way: the department asked for changes (required note).
    SEND_BACK(EnumSet.of(ENTERED, CONFIRMED), BEING_EDITED, EnumSet.of(Role.KB_EDITOR)),
    /// R-KB-1 ⑥ (and R-KB-2: the end of an addition): emits `kb_article PUBLISH`.
    PUBLISH(EnumSet.of(CONFIRMED), PUBLISHED, EnumSet.of(Role.KB_EDITOR)),
    /// A published article needs new wording: the whole flow from editing again; seats keep
    /// the published version meanwhile.
    REVISE(EnumSet.of(PUBLISHED), BEING_EDITED, EnumSet.of(Role.KB_EDITOR)),
    /// R-KB-2: the start of a removal (required reason).
    START_REMOVAL(EnumSet.of(PUBLISHED), REMOVAL_STARTED, EnumSet.of(Role.KB_EDITOR)),
    CANCEL_REMOVAL(EnumSet.of(REMOVAL_STARTED), PUBLISHED, EnumSet.of(Role.KB_EDITOR)),
    /// R-KB-2: the end of a removal: emits `kb_article REMOVE`.
    REMOVE(EnumSet.of(REMOVAL_STARTED), REMOVED, EnumSet.of(Role.KB_EDITOR));

    private final Set<EditorialState> from;
    private final EditorialState to;
    private final Set<Role> roles;

    EditorialAction(Set<EditorialState> from, EditorialState to, Set<Role> roles) {
        this.from = from;
        this.to = to;
        this.roles = roles;
    }

    public boolean startsItem() {
        return from == null;
    }

    public boolean allowedFrom(EditorialState state) {
        return from != null && from.contains(state);
    }

    public EditorialState to() {
        return to;
    }

    public boolean allowedFor(Role role) {
        return roles.contains(role);
    }

    /// Steps whose note says something the flow needs (who confirmed, why it went back or goes).
    public boolean needsNote() {
        return this == CONFIRM || this == SEND_BACK || this == START_REMOVAL;
    }
}

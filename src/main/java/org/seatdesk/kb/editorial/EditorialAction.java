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
/// notices, the KB editor maintains the knowledge base).
public enum EditorialAction {
    RECEIVE_NOTICE,
    DIRECTOR_READ,
    START_EDITING,
    ENTER,
    CONFIRM,
    SEND_BACK,
    PUBLISH,
    REVISE,
    START_REMOVAL,
    CANCEL_REMOVAL,
    REMOVE;

    /// The first step of every item: no state before it.
    public boolean startsItem() {
        return this == RECEIVE_NOTICE;
    }

    public boolean allowedFrom(EditorialState state) {
        return from().contains(state);
    }

    private Set<EditorialState> from() {
        return switch (this) {
            case RECEIVE_NOTICE -> EnumSet.noneOf(EditorialState.class);
            case DIRECTOR_READ -> EnumSet.of(NOTICE_RECEIVED);
            case START_EDITING -> EnumSet.of(READ_BY_DIRECTOR);
            case ENTER -> EnumSet.of(BEING_EDITED);
            case CONFIRM -> EnumSet.of(ENTERED);
            // R-KB-1 ⑤ the other way: the department asked for changes, even after confirming.
            case SEND_BACK -> EnumSet.of(ENTERED, CONFIRMED);
            case PUBLISH -> EnumSet.of(CONFIRMED);
            // New wording for a published article: the flow from editing again; seats keep the
            // published version meanwhile.
            case REVISE -> EnumSet.of(PUBLISHED);
            case START_REMOVAL -> EnumSet.of(PUBLISHED);
            case CANCEL_REMOVAL, REMOVE -> EnumSet.of(REMOVAL_STARTED);
        };
    }

    public EditorialState to() {
        return switch (this) {
            case RECEIVE_NOTICE -> NOTICE_RECEIVED;                 // R-KB-1 ①
            case DIRECTOR_READ -> READ_BY_DIRECTOR;                 // R-KB-1 ②
            case START_EDITING, SEND_BACK, REVISE -> BEING_EDITED;  // R-KB-1 ③; R-KB-2: an addition starts
            case ENTER -> ENTERED;                                  // R-KB-1 ④
            case CONFIRM -> CONFIRMED;                              // R-KB-1 ⑤
            case PUBLISH, CANCEL_REMOVAL -> PUBLISHED;              // R-KB-1 ⑥; R-KB-2: an addition ends
            case START_REMOVAL -> REMOVAL_STARTED;                  // R-KB-2: a removal starts
            case REMOVE -> REMOVED;                                 // R-KB-2: a removal ends
        };
    }

    /// The centre director registers and reads notices (and only they read); everything else is the KB editor's.
    public boolean allowedFor(Role role) {
        return switch (this) {
            case RECEIVE_NOTICE -> role == Role.KB_EDITOR || role == Role.CENTRE_DIRECTOR;
            case DIRECTOR_READ -> role == Role.CENTRE_DIRECTOR;
            default -> role == Role.KB_EDITOR;
        };
    }

    /// Steps whose note says something the flow needs (who confirmed, why it went back or goes).
    public boolean needsNote() {
        return this == CONFIRM || this == SEND_BACK || this == START_REMOVAL;
    }
}

package org.seatdesk.hub;

import java.util.EnumSet;
import java.util.Set;

import org.seatdesk.security.Role;

/// Who may do what at the hub (R-SEC-1, domain.md "People and places"; design principle 7).
/// One table, checked on every operation; reads are further filtered by region and, for the
/// wall, redacted.
final class HubPolicy {

    /// Register, edit and annotate tickets: the people who take and follow up calls.
    private static final Set<Role> TICKET_WRITERS = EnumSet.of(Role.AGENT, Role.CALLBACK_DESK, Role.SHIFT_MONITOR,
            Role.DEPARTMENT_DIRECTOR, Role.CENTRE_DIRECTOR);

    /// R-TK-1: calls resolved by phone are recorded by whoever answered them.
    private static final Set<Role> CALL_RECORDERS = EnumSet.of(Role.AGENT, Role.CALLBACK_DESK, Role.SHIFT_MONITOR);

    private HubPolicy() {
    }

    static boolean mayWriteTickets(Role role) {
        return TICKET_WRITERS.contains(role);
    }

    static boolean mayRecordCalls(Role role) {
        return CALL_RECORDERS.contains(role);
    }

    /// R-KB-1: the KB editors maintain the knowledge base; the centre director may publish too.
    private static final Set<Role> ARTICLE_PUBLISHERS = EnumSet.of(Role.KB_EDITOR, Role.CENTRE_DIRECTOR);

    static boolean mayPublishArticles(Role role) {
        return ARTICLE_PUBLISHERS.contains(role);
    }

    /// Every role reads the feed; what it sees is filtered by region and by the record kinds of its
    /// role (`FeedPolicy`), and redacted for the wall (`Redaction`).
    static boolean mayReadFeed(Role role) {
        return true;
    }

    /// R-SH-1, R-SH-4: the shift monitor calls the roll and records discipline.
    static boolean mayCallRoll(Role role) {
        return role == Role.SHIFT_MONITOR;
    }

    /// R-SH-5: the monitor keeps the duty log; the directors above read and add to it.
    static boolean mayKeepDutyLog(Role role) {
        return role == Role.SHIFT_MONITOR || role == Role.DEPARTMENT_DIRECTOR || role == Role.CENTRE_DIRECTOR;
    }
}

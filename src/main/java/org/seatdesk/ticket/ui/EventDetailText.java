package org.seatdesk.ticket.ui;

import java.util.function.Function;

import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.ArticleLink;
import org.seatdesk.ticket.CallbackOutcome;
import org.seatdesk.ticket.ClosingReason;
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.TicketEvent;

/// History details are stored as codes so that every language can read them; this turns them
/// into words. A detail that is not a known code (free text, a number) is shown as it is.
final class EventDetailText {

    static final String ARROW = " → ";

    private EventDetailText() {
    }

    static String of(TicketEvent event, Messages messages) {
        String detail = event.detail() == null ? "" : event.detail();
        return switch (event.kind()) {
            case DISPATCHED -> dispatch(detail, messages);
            case HANDLING_REPORTED -> label(detail, HandlingStatus::valueOf, messages);
            case CALLBACK -> label(detail, CallbackOutcome::valueOf, messages);
            case CLOSED -> label(detail, ClosingReason::valueOf, messages);
            case UPDATED -> TicketFieldNames.fieldList(detail, messages);
            case CREATED -> detail;
            case KB_LINKED -> ArticleLink.parse(detail).map(ArticleLink::title).orElse(detail);
        };
    }

    private static String dispatch(String detail, Messages messages) {
        int arrow = detail.indexOf(ARROW);
        if (arrow < 0) {
            return detail;
        }
        return label(detail.substring(0, arrow), DispatchKind::valueOf, messages) + detail.substring(arrow);
    }

    private static String label(String code, Function<String, ? extends Enum<?>> parse, Messages messages) {
        try {
            return messages.label(parse.apply(code));
        } catch (IllegalArgumentException notACode) {
            return code;
        }
    }
}

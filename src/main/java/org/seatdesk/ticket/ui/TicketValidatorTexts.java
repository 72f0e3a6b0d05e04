package org.seatdesk.ticket.ui;

import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.FieldProblem;
import org.seatdesk.ticket.TicketField;

/// Turns a validation problem into the sentence shown at its field, in the UI language.
final class TicketValidatorTexts {

    private TicketValidatorTexts() {
    }

    static boolean isText(TicketField field) {
        return switch (field) {
            case TYPE, LEVEL, SERVICE_KIND, REQUESTER_KIND -> false;
            default -> true;
        };
    }

    static String message(Messages messages, FieldProblem problem) {
        String label = messages.label(problem.field());
        return switch (problem.problem()) {
            case REQUIRED -> isText(problem.field()) ? messages.get("problem.required", label) : choose(messages, problem.field());
            case ONE_IDENTIFIER_REQUIRED -> messages.get("problem.oneIdentifier");
            case TOO_LONG -> messages.get("problem.tooLong", label, problem.limit());
            case BAD_FORMAT -> messages.get("problem.format." + problem.field().name());
        };
    }

    /// A choice nobody made: the message says how to make it by keyboard.
    private static String choose(Messages messages, TicketField field) {
        return switch (field) {
            case TYPE -> messages.get("problem.choose.type");
            case SERVICE_KIND -> messages.get("problem.choose.serviceKind");
            case REQUESTER_KIND -> messages.get("problem.choose.requesterKind");
            default -> messages.get("problem.required", messages.label(field));
        };
    }
}

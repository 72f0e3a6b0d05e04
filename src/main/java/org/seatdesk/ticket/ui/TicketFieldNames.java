package org.seatdesk.ticket.ui;

import java.time.Instant;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.TicketField;
import org.seatdesk.ticket.TicketStatus;

/// Ticket fields as an UPDATE names them (`contactPhone`), and their JSON values, in words.
final class TicketFieldNames {

    private TicketFieldNames() {
    }

    static String label(String field, Messages messages) {
        return switch (field) {
            case "level" -> messages.label(TicketField.LEVEL);
            case "installAddress" -> messages.label(TicketField.INSTALL_ADDRESS);
            case "contactPerson" -> messages.label(TicketField.CONTACT_PERSON);
            case "contactPhone" -> messages.label(TicketField.CONTACT_PHONE);
            case "description" -> messages.label(TicketField.DESCRIPTION);
            case "status" -> messages.get("edit.status");
            case "handlingStatus" -> messages.get("detail.handling");
            case "dispatchKind" -> messages.get("detail.dispatch");
            case "dispatchTarget" -> messages.get("edit.dispatchTarget");
            case "dispatchedAt" -> messages.get("edit.dispatchedAt");
            default -> field;
        };
    }

    static String value(String field, JsonNode value, Messages messages, ZoneId zone) {
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
            return messages.get("edit.none");
        }
        String text = value.asText();
        try {
            return switch (field) {
                case "level" -> messages.label(Level.valueOf(text));
                case "status" -> messages.label(TicketStatus.valueOf(text));
                case "handlingStatus" -> messages.label(HandlingStatus.valueOf(text));
                case "dispatchKind" -> messages.label(DispatchKind.valueOf(text));
                case "dispatchedAt" -> messages.dateTimeFormat().format(Instant.parse(text).atZone(zone));
                default -> text;
            };
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException notOurs) {
            return text;
        }
    }

    /// A history entry of kind UPDATED lists the changed fields by name; shown in words.
    static String fieldList(String detail, Messages messages) {
        String[] names = detail.split(", ");
        StringBuilder words = new StringBuilder();
        for (String name : names) {
            String label = label(name, messages);
            if (label.equals(name)) {
                return detail; // free text (older entries): shown as it is
            }
            words.append(words.isEmpty() ? "" : ", ").append(label);
        }
        return words.toString();
    }
}

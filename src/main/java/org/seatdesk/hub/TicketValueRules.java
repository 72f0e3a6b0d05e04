package org.seatdesk.hub;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.seatdesk.ticket.FieldProblem;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketValidator;

/// R-TK-3 at the hub: a new ticket, and the values of a ticket UPDATE, pass the rules the console's form applies
/// (`TicketValidator`: required fields, phone and identifier formats, lengths) and the value
/// sets of the enumerated fields before anything is written, so a client that skips the form
/// (another system, a bug, an old console) cannot store what an agent could not type. The answer
/// (`invalid_value`) names the field and the problem, never the value: it may be personal data.
final class TicketValueRules {

    static final String REASON = "invalid_value";
    /// R-TK-10: attempts are counted up to the configured 3 to 5; anything far above is a fault.
    static final int MAX_CALLBACK_ATTEMPTS = 99;
    private static final Map<String, Class<?>> TYPES = Arrays.stream(Ticket.class.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType));

    private final TicketValidator validator;

    TicketValueRules(TicketValidator validator) {
        this.validator = validator;
    }

    /// Each changed value read as its field's type: an unknown level or status, a text where a
    /// number belongs, an attempt count out of range. Null when all can be read. Independent of
    /// the stored ticket, so it answers alike for every id (an id of another region included).
    PushService.Outcome.Rejected readable(JsonNode changes) {
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            String field = change.getKey();
            JsonNode value = change.getValue();
            if (value.isContainerNode()) {
                return refused(field, "not a single value");
            }
            if (value.isNull()) {
                continue; // a required field set to nothing is judged with the whole ticket below
            }
            Object read;
            try {
                read = Json.MAPPER.treeToValue(value, TYPES.get(field));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return refused(field, TYPES.get(field).isEnum() ? "not one of " + List.of(TYPES.get(field).getEnumConstants())
                        : "not a valid " + TYPES.get(field).getSimpleName());
            }
            if (read instanceof Integer attempts && (attempts < 0 || attempts > MAX_CALLBACK_ATTEMPTS)) {
                return refused(field, "out of range 0 to " + MAX_CALLBACK_ATTEMPTS);
            }
        }
        return null;
    }

    /// The form's rules on the ticket as the UPDATE would leave it, for the fields it changes.
    PushService.Outcome.Rejected valid(Ticket updated, Collection<String> changed) {
        return firstOf(validator.validateEdit(updated, changed));
    }

    /// The form's rules on a whole new ticket: the five required fields, the identifier and phone
    /// formats, the lengths (R-TK-3), as an agent's intake form would judge it.
    PushService.Outcome.Rejected valid(Ticket created) {
        return firstOf(validator.validateRegistered(created));
    }

    private static PushService.Outcome.Rejected firstOf(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        FieldProblem first = problems.getFirst();
        return refused(TicketValidator.jsonName(first.field()), first.problem().name()
                + (first.limit() > 0 ? " (at most " + first.limit() + " characters)" : "") + ", R-TK-3");
    }

    private static PushService.Outcome.Rejected refused(String field, String problem) {
        return PushService.rejected(REASON, field + ": " + problem + "; nothing was changed");
    }
}

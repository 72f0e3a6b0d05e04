package org.seatdesk.hub;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/// What the wall display may receive (design principle 7; R-SEC-1): an allow-list per entity,
/// so a field added later stays out until someone decides it is safe. No names, phones,
/// addresses, descriptions, merchant or terminal identifiers, free-text notes or details.
final class Redaction {

    private static final Set<String> TICKET = Set.of("id", "number", "type", "level", "serviceKind",
            "requesterKind", "status", "handlingStatus", "dispatchKind", "dispatchedAt", "callbackAttempts",
            "region", "deskId", "seatCode", "createdAt", "updatedAt", "version");
    private static final Set<String> TICKET_EVENT = Set.of("id", "ticketId", "at", "kind");
    private static final Set<String> CALL_RECORD = Set.of("id", "category", "seatCode", "at");
    /// R-SH-3: the wall shows the latest notices' titles; the dates say which are current. No body, no author.
    private static final Set<String> NOTICE = Set.of("id", "kind", "title", "validFrom", "validUntil", "region",
            "publishedAt");
    /// R-SH-1: the wall shows the roll call as it is called: staff names and marks, nothing else.
    private static final Set<String> ROLL_CALL_MARK = Set.of("id", "shiftDay", "shiftCode", "staffId", "staffNo",
            "staffName", "seatCode", "mark", "minutesLate", "markedByName", "markedAt");

    private Redaction() {
    }

    /// The roster's records are about staff (who is on sick leave, who swaps, who is planned
    /// where): the wall shows the roll call from its marks and needs none of them.
    private static final Set<String> ROSTER = Set.of("leave_request", "swap_request", "roster_decision", "roster_edit");

    /// Entities the wall never receives at all (not even redacted): knowledge-base articles are
    /// of no use on a wall screen, so they are not sent.
    static boolean withheldFromWall(String entity) {
        // articles and the editors' records, and the roster's: nothing for the room's screen
        return entity.startsWith("kb_") || ROSTER.contains(entity);
    }

    static JsonNode forWall(String entity, String kind, JsonNode payload) {
        return switch (entity) {
            case "ticket" -> "UPDATE".equals(kind) ? ticketUpdate(payload) : keep(payload, TICKET);
            case "ticket_event" -> keep(payload, TICKET_EVENT);
            case "call_record" -> keep(payload, CALL_RECORD);
            case "notice" -> keep(payload, NOTICE);
            case "roll_call_mark" -> keep(payload, ROLL_CALL_MARK);
            default -> JsonNodeFactory.instance.objectNode();
        };
    }

    private static ObjectNode ticketUpdate(JsonNode payload) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("changes", keep(payload.path("changes"), TICKET));
        out.set("ticket", keep(payload.path("ticket"), TICKET));
        return out;
    }

    private static ObjectNode keep(JsonNode node, Set<String> allowed) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (allowed.contains(e.getKey()) && !e.getValue().isContainerNode()) {
                    out.set(e.getKey(), e.getValue());
                }
            });
        }
        return out;
    }
}

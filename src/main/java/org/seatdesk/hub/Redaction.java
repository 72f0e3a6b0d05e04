package org.seatdesk.hub;

import java.util.Map;
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

    /// The record kinds the wall receives at all, each with its allow-list: what the room's screen
    /// shows (counts, roll call, notices). Anything else — the knowledge base, the handover log,
    /// the roster, the room's discipline and duty records — is not sent, not even empty.
    private static final Map<String, Set<String>> SENT_TO_WALL = Map.of("ticket", TICKET, "ticket_event", TICKET_EVENT,
            "call_record", CALL_RECORD, "notice", NOTICE, "roll_call_mark", ROLL_CALL_MARK);

    static boolean sentToWall(String entity) {
        return SENT_TO_WALL.containsKey(entity);
    }

    static JsonNode forWall(String entity, String kind, JsonNode payload) {
        if (entity.equals("ticket") && "UPDATE".equals(kind)) {
            return ticketUpdate(payload);
        }
        return keep(payload, SENT_TO_WALL.getOrDefault(entity, Set.of()));
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

package org.seatdesk.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;

/// Push operations as a seat writes them: payloads through the seat's own JSON (Payloads).
final class Ops {

    private static final TimeOrderedIds IDS = new TimeOrderedIds(java.time.Clock.systemUTC());
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Ops() {
    }

    static UUID id() {
        return IDS.next();
    }

    static Ticket ticket(UUID createdBy, String region, String seat, String person, String phone, String address,
                         String description) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        int n = COUNTER.incrementAndGet();
        String number = "T-20261124-" + seat + "-" + String.format("%04d", n % 10000) + Long.toString(System.nanoTime() % 1000);
        return new Ticket(id(), number.substring(0, Math.min(32, number.length())), TicketType.COMPLAINT, Level.NORMAL,
                ServiceKind.EQUIPMENT_FAULT, RequesterKind.MERCHANT, person + " shop", "T%07d".formatted(n % 10_000_000), "", "", address, person,
                phone, description, TicketStatus.NEW, null, null, null, null, 0, region, "HQ", seat, createdBy, now, now, 1);
    }

    static Ticket ticket(UUID createdBy, String region) {
        return ticket(createdBy, region, "S07", "王伟", "13812345678", "北京市朝阳区建国路88号", "刷卡机无法开机");
    }

    static ObjectNode create(Ticket ticket) {
        return op("ticket", ticket.id(), "CREATE", 0, tree(Payloads.json(ticket)));
    }

    static ObjectNode event(Ticket ticket, UUID actor, String actorName, String detail) {
        TicketEvent event = new TicketEvent(id(), ticket.id(), Instant.now(), actor, actorName, TicketEvent.Kind.CREATED, detail);
        return op("ticket_event", event.id(), "APPEND", 0, tree(Payloads.json(event)));
    }

    static ObjectNode append(TicketEvent event) {
        return op("ticket_event", event.id(), "APPEND", 0, tree(Payloads.json(event)));
    }

    static ObjectNode call(org.seatdesk.ticket.CallRecord call) {
        return op("call_record", call.id(), "CREATE", 0, tree(Payloads.json(call)));
    }

    /// A CREATE of any append-only record, its payload as the seat writes it.
    static ObjectNode created(String entity, UUID id, Object record) {
        return op(entity, id, "CREATE", 0, tree(Payloads.json(record)));
    }

    static ObjectNode update(UUID ticketId, int baseVersion, Map<String, Object> changes) {
        ObjectNode payload = HubClient.JSON.createObjectNode();
        payload.set("changes", HubClient.JSON.valueToTree(changes));
        return op("ticket", ticketId, "UPDATE", baseVersion, payload);
    }

    static ObjectNode op(String entity, UUID entityId, String kind, int baseVersion, JsonNode payload) {
        ObjectNode op = HubClient.JSON.createObjectNode()
                .put("opId", id().toString())
                .put("entity", entity)
                .put("entityId", entityId.toString())
                .put("kind", kind)
                .put("baseVersion", baseVersion);
        op.set("payload", payload);
        return op;
    }

    static JsonNode tree(String json) {
        try {
            return HubClient.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

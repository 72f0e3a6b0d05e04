package org.seatdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatdesk.sync.Payloads;

/// The fields that differ between two states of a ticket, named and valued as the hub's UPDATE
/// operation names them (docs/hub-api.md): the hub merges edits of different fields and turns the
/// same field changed on both sides into a conflict (sync principle 6), so an UPDATE carries only
/// what this edit changed.
public record TicketChanges(ObjectNode changes, ObjectNode previous) {

    /// What a seat edits (TicketEdit), in the order the detail form shows it; all of them are in
    /// the hub's list of updatable fields.
    public static final List<String> EDITABLE = List.of("level", "installAddress", "contactPerson", "contactPhone",
            "description", "status", "handlingStatus", "dispatchKind", "dispatchTarget", "dispatchedAt");

    public static TicketChanges between(Ticket before, Ticket after) {
        JsonNode was = Payloads.tree(Payloads.json(before));
        JsonNode now = Payloads.tree(Payloads.json(after));
        ObjectNode changes = emptyObject();
        ObjectNode previous = emptyObject();
        for (String field : EDITABLE) {
            if (!Objects.equals(was.get(field), now.get(field))) {
                changes.set(field, now.get(field));
                previous.set(field, was.get(field));
            }
        }
        return new TicketChanges(changes, previous);
    }

    /// `changes` (field → value, as in an UPDATE) laid over `ticket`; fields a seat may not edit are ignored.
    public static Ticket apply(Ticket ticket, JsonNode changes) {
        ObjectNode state = (ObjectNode) Payloads.tree(Payloads.json(ticket));
        changes.properties().forEach(e -> {
            if (EDITABLE.contains(e.getKey())) {
                state.set(e.getKey(), e.getValue());
            }
        });
        return Payloads.read(state, Ticket.class);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<String> fields() {
        List<String> names = new ArrayList<>();
        changes.fieldNames().forEachRemaining(names::add);
        return names;
    }

    public boolean changed(String field) {
        return changes.has(field);
    }

    /// The UPDATE payload: `{"changes": {…}, "previous": {…}}`.
    public String payload() {
        ObjectNode payload = emptyObject();
        payload.set("changes", changes);
        payload.set("previous", previous);
        return payload.toString();
    }

    private static ObjectNode emptyObject() {
        return (ObjectNode) Payloads.tree("{}");
    }
}

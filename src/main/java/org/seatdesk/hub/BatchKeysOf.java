package org.seatdesk.hub;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/// The rows a push batch names, for {@link HubStore.PushTransaction#prefetch}: the tickets of
/// ticket ops (and of ticket events, by their `ticketId`), the numbers of new tickets, the ids of
/// ticket events and call records. Only a hint: a payload that names nothing useful here is
/// checked (and refused) by its rules as before, with a query of its own.
final class BatchKeysOf {

    private BatchKeysOf() {
    }

    static HubStore.BatchKeys ops(List<Operation> ops) {
        Set<UUID> tickets = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<UUID> events = new HashSet<>();
        Set<UUID> calls = new HashSet<>();
        for (Operation op : ops) {
            switch (op.entity()) {
                case "ticket" -> {
                    tickets.add(op.entityId());
                    JsonNode number = op.payload().get("number");
                    if ("CREATE".equals(op.kind()) && number != null && number.isTextual()) {
                        numbers.add(number.asText());
                    }
                }
                case "ticket_event" -> {
                    events.add(op.entityId());
                    UUID ticket = uuid(op.payload().get("ticketId"));
                    if (ticket != null) {
                        tickets.add(ticket);
                    }
                }
                case "call_record" -> calls.add(op.entityId());
                default -> { } // the other records' rules read what they need themselves
            }
        }
        return new HubStore.BatchKeys(tickets, numbers, events, calls);
    }

    private static UUID uuid(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

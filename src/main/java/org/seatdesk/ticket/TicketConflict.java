package org.seatdesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/// An edit of this seat that the hub refused because someone else had changed the same field
/// first (sync principle 6). Nothing of it was written at the hub; it waits here for a person.
///
/// @param opId the refused UPDATE
/// @param myChanges every field that edit changed (the hub writes none of them on a conflict)
/// @param fields the fields changed on both sides, with both values
public record TicketConflict(UUID opId, UUID ticketId, String ticketNumber, Instant detectedAt, JsonNode myChanges,
                             List<Field> fields) {

    public TicketConflict {
        fields = List.copyOf(fields);
    }

    /// @param theirsBy the staff number of who changed it at the hub; `theirsName` their name when this seat knows them
    public record Field(String name, JsonNode mine, JsonNode theirs, String theirsBy, String theirsName) {
    }

    /// The edit's changes without the fields changed on both sides: what "keep theirs" still sends.
    public JsonNode changesWithoutConflicts() {
        var rest = ((com.fasterxml.jackson.databind.node.ObjectNode) myChanges).deepCopy();
        fields.forEach(f -> rest.remove(f.name()));
        return rest;
    }
}

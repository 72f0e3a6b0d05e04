package org.seatdesk.sync;

import java.time.Instant;
import java.util.UUID;

/// An operation of this seat that the hub did not take as it was sent (sync principle 2: answered
/// `rejected` with a reason; or a ticket stored under another number, ADR 0020), kept with what
/// was typed until a person has read it.
///
/// @param reason the hub's machine-readable reason (`forbidden`, `not_found`, `invalid_value`,
///               `invalid_request`, `unknown_operation`, `renumbered`…)
/// @param message the hub's sentence (English, never personal data), or the renumbering
/// @param payload the operation as it was sent: nothing typed is lost
/// @param ticketNumber the ticket it concerns, when this seat knows it (ticket and history entries)
public record HubRefusal(UUID opId, String entity, UUID entityId, String opKind, String reason, String message,
                         String payload, Instant at, String ticketNumber) {

    public static final String RENUMBERED = "renumbered";

    public boolean renumbered() {
        return RENUMBERED.equals(reason);
    }
}

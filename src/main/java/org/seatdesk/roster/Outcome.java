package org.seatdesk.roster;

import java.util.Optional;
import java.util.UUID;

/// What became of a request or decision made at this console: saved (and queued for the hub),
/// or refused by a named rule before anything was written.
public record Outcome(UUID savedId, Refusal refusal) {

    static Outcome saved(UUID id) {
        return new Outcome(id, null);
    }

    static Outcome refused(Refusal refusal) {
        return new Outcome(null, refusal);
    }

    public boolean isSaved() {
        return savedId != null;
    }

    public Optional<Refusal> refused() {
        return Optional.ofNullable(refusal);
    }
}

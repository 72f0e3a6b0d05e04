package org.seatdesk.kb.editorial;

import java.time.Instant;
import java.util.UUID;

/// One change to the catalogue the editors manage (R-KB-2): a category added to or removed
/// from a section (R-KB-3). Append-only; the catalogue is what these entries add up to.
public record CatalogueEntry(UUID id, String section, String category, Change change, UUID actorId, String actorName,
                             Instant at) {

    public enum Change {
        ADD,
        REMOVE
    }
}

package org.seatdesk.kb.editorial;

import java.time.Instant;
import java.util.UUID;

/// One line of the editor's list: an item, its state, and the R-KB-2 times of its addition
/// (started editing → published) and removal (started → removed); null where not reached.
public record ItemSummary(UUID id, EditorialState state, String title, String department, String section,
                          int publishedVersion, Instant lastStepAt, String lastActor,
                          Instant additionStartedAt, Instant additionEndedAt,
                          Instant removalStartedAt, Instant removalEndedAt) {
}

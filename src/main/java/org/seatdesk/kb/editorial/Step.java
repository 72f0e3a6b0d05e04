package org.seatdesk.kb.editorial;

import java.time.Instant;
import java.util.UUID;

/// One step of an item's flow: who did what, when (R-KB-1, R-KB-2). Append-only; `stepNo`
/// counts from 1 within the item, so two editors taking a step at once cannot both succeed.
/// The first step (RECEIVE_NOTICE) carries the notice's title in `note` and its `department`.
public record Step(UUID id, UUID itemId, int stepNo, EditorialAction action, UUID actorId, String actorName,
                   Instant at, String note, String department) {

    public static final int NOTE_LIMIT = 500;
    public static final int NAME_LIMIT = 64;
}

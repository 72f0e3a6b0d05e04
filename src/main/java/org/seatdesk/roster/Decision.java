package org.seatdesk.roster;

import java.time.Instant;
import java.util.UUID;

/// One approver's decision on one request (R-LV-2, R-SW-1): a new record, never an edit.
public record Decision(UUID id, UUID requestId, RequestKind requestKind, UUID decidedBy, Verdict verdict,
                       String note, Instant decidedAt) {
}

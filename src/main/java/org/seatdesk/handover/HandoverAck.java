package org.seatdesk.handover;

import java.time.Instant;
import java.util.UUID;

/// R-SH-2: `staffName` of the incoming shift read and acknowledged an entry, logged in at
/// `seatCode`. Append-only: who acknowledged what and when stays on record.
public record HandoverAck(UUID id, UUID entryId, UUID staffId, String staffName, String seatCode,
                          Instant acknowledgedAt) {
}

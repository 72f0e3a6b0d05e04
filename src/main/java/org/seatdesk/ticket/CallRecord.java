package org.seatdesk.ticket;

import java.time.Instant;
import java.util.UUID;

/// A call resolved by phone: no ticket, but counted in statistics (R-TK-1).
public record CallRecord(UUID id, CallCategory category, String note, UUID staffId, String seatCode, Instant at) {
}

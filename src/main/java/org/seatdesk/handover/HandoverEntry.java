package org.seatdesk.handover;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/// R-SH-2: one thing the outgoing shift hands over at `seatCode`; append-only, never edited.
/// `ticketNumbers` are the tickets it links (possibly none).
public record HandoverEntry(UUID id, HandoverCategory category, String body, List<String> ticketNumbers,
                            UUID authorId, String authorName, String seatCode, String region, Instant writtenAt) {

    public HandoverEntry {
        ticketNumbers = ticketNumbers == null ? List.of() : List.copyOf(ticketNumbers);
    }
}

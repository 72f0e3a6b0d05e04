package org.seatdesk.ticket;

import java.util.UUID;

/// Who is at the seat doing the work: recorded on every ticket and history event (R-TK-13).
public record Author(UUID staffId, String name, String seatCode, String deskId, String region) {
}

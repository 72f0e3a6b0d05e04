package org.seatdesk.ticket;

import java.time.Instant;
import java.util.UUID;

/// A work order as stored. Carries already what later slices need: dispatch (R-TK-5),
/// handling status (R-TK-6), callback attempts (R-TK-10) and region.
public record Ticket(
        UUID id,
        String number,
        TicketType type,
        Level level,
        ServiceKind serviceKind,
        RequesterKind requesterKind,
        String requesterName,
        String terminalId,
        String merchantId,
        String posBarcode,
        String installAddress,
        String contactPerson,
        String contactPhone,
        String description,
        TicketStatus status,
        HandlingStatus handlingStatus,
        DispatchKind dispatchKind,
        String dispatchTarget,
        Instant dispatchedAt,
        int callbackAttempts,
        String region,
        String deskId,
        String seatCode,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public boolean isDispatched() {
        return dispatchedAt != null;
    }
}

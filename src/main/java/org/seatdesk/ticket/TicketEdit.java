package org.seatdesk.ticket;

import java.time.Instant;

/// What an agent may change on a ticket after intake: level, the contact and place fields of
/// R-TK-3, the description, the centre's status, the branch's handling status (R-TK-6) and the
/// dispatch (R-TK-5). All of them are fields the hub lets an UPDATE change (hub-api.md).
public record TicketEdit(Level level, String installAddress, String contactPerson, String contactPhone,
                         String description, TicketStatus status, HandlingStatus handlingStatus,
                         DispatchKind dispatchKind, String dispatchTarget) {

    public static TicketEdit of(Ticket t) {
        return new TicketEdit(t.level(), t.installAddress(), t.contactPerson(), t.contactPhone(), t.description(),
                t.status(), t.handlingStatus(), t.dispatchKind(), t.dispatchTarget());
    }

    /// The ticket with this edit laid over it. A dispatch (a new kind or target) is stamped with
    /// `now` (R-TK-4 stops its clock there); taking the dispatch away clears the stamp. The
    /// version stays the hub's: the hub numbers versions, and a pulled change is compared with it.
    public Ticket applyTo(Ticket t, Instant now) {
        DispatchKind kind = dispatchKind;
        String target = kind == null ? null : blankToNull(dispatchTarget);
        Instant dispatchedAt = kind == null ? null
                : kind == t.dispatchKind() && java.util.Objects.equals(target, t.dispatchTarget()) ? t.dispatchedAt() : now;
        return new Ticket(t.id(), t.number(), t.type(), level, t.serviceKind(), t.requesterKind(), t.requesterName(),
                t.terminalId(), t.merchantId(), t.posBarcode(), strip(installAddress), strip(contactPerson),
                strip(contactPhone), strip(description), status, handlingStatus, kind, target, dispatchedAt,
                t.callbackAttempts(), t.region(), t.deskId(), t.seatCode(), t.createdBy(), t.createdAt(), now,
                t.version());
    }

    /// The same ticket as a draft, so the intake rules (R-TK-3) check an edit exactly as they check intake.
    static TicketDraft asDraft(Ticket t) {
        return new TicketDraft(t.type(), t.level(), t.serviceKind(), t.requesterKind(), t.requesterName(),
                t.terminalId(), t.merchantId(), t.posBarcode(), t.installAddress(), t.contactPerson(), t.contactPhone(),
                t.description());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

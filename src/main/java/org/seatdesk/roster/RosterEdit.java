package org.seatdesk.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/// One change of the planned roster by the department director ("scheduling", domain.md roles
/// table): `staffId` works `shiftCode` at `seatCode` on `workDay`, or is off when `shiftCode` is
/// null. Append-only and synced (ADR 0018): a later change of the same day is a new record, and
/// the latest in the hub's order is the plan.
public record RosterEdit(UUID id, UUID staffId, LocalDate workDay, String shiftCode, String seatCode, UUID editedBy,
                         Instant editedAt) {

    public static final int CODE_MAX = 8;

    /// Who may change the roster: the department director schedules (domain.md, "People and
    /// places"); everyone else reads it. The hub checks the same rule on every pushed edit.
    public static boolean mayEdit(org.seatdesk.security.Role role) {
        return role == org.seatdesk.security.Role.DEPARTMENT_DIRECTOR;
    }
}

package org.seatdesk.dutylog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.seatdesk.security.Role;

/// A problem reported up (R-SEC-2): to the next level, or past levels in an emergency. When
/// `informs` is set, this is the later notice to a superior that an emergency skipped.
public record Escalation(UUID id, LocalDate shiftDay, String shiftCode, UUID raisedBy, String raisedByName,
                         Role fromRole, Role toRole, boolean emergency, UUID informs, String subject, Instant raisedAt) {
}

package org.seatdesk.security;

import java.util.UUID;

/// A member of staff; `seatCode` is the workstation they usually sit at, if any.
public record Staff(UUID id, String staffNo, String name, Role role, Grade grade, String workType,
                    String deskId, String region, String seatCode, boolean active) {
}

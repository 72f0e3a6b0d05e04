package org.seatdesk.hub;

import java.time.Instant;
import java.util.UUID;

import org.seatdesk.security.Role;

/// Who is calling, from a valid token: the subject of every role and region check (R-SEC-1).
/// `hq` is true for staff of the HQ desk, who see every region.
public record Caller(UUID staffId, String staffNo, Role role, String region, String deskId, boolean hq,
                     String seatCode, Instant expiresAt) {

    boolean seesRegion(String otherRegion) {
        return hq || region.equals(otherRegion);
    }

    boolean isWall() {
        return role == Role.WALL;
    }
}

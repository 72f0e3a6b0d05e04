package org.seatdesk.rollcall;

import java.util.UUID;

/// A person on the roster of a shift as it is worked, at the seat the roster gives (or their
/// usual one); `swappedWith` names the other party when the shift came to them by a swap (R-SW-6).
public record Rostered(UUID staffId, String staffNo, String name, String seatCode, String swappedWith) {
}

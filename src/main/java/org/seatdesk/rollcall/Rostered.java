package org.seatdesk.rollcall;

import java.util.UUID;

/// A person on the roster of a shift, at the seat the roster gives (or their usual one).
public record Rostered(UUID staffId, String staffNo, String name, String seatCode) {
}

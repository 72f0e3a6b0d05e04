package org.seatdesk.roster;

/// A workstation of the room.
public record Seat(String code, String deskId, String area) {
}

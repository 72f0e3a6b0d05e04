package org.seatdesk.security;

import java.time.Instant;

import org.seatdesk.ticket.Author;

/// Who is logged in at this console, and at which seat.
public record Session(Staff staff, String seatCode, Instant since) {

    /// The seat code of someone without a seat of their own at a console given none (a director):
    /// a placeholder, never shown.
    public static final String NO_SEAT = "S00";

    /// False for someone signed in under the placeholder seat.
    public boolean seated() {
        return staff.seatCode() != null || !NO_SEAT.equals(seatCode);
    }

    public Author author() {
        return new Author(staff.id(), staff.name(), seatCode, staff.deskId(), staff.region());
    }
}

package org.seatdesk.security;

import java.time.Instant;

import org.seatdesk.ticket.Author;

/// Who is logged in at this console, and at which seat.
public record Session(Staff staff, String seatCode, Instant since) {

    public Author author() {
        return new Author(staff.id(), staff.name(), seatCode, staff.deskId(), staff.region());
    }
}

package org.seatdesk.ticket;

import java.util.List;

/// The first `tickets` of a query, urgent first then oldest first, and how many match in all.
public record TicketPage(List<Ticket> tickets, int totalMatching) {

    public TicketPage {
        tickets = List.copyOf(tickets);
    }
}

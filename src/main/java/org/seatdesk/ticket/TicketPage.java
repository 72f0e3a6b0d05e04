package org.seatdesk.ticket;

import java.util.List;

/// The first `tickets` of a query, urgent first then oldest first, and how many match in all.
/// `atLeast`: the count stopped at a cap and more tickets match than `totalMatching` says
/// (the queue shows "500 of 1,000+"; counting all 50,000 on every keystroke was what made a
/// broad filter or a short search slow, docs/performance.md).
public record TicketPage(List<Ticket> tickets, int totalMatching, boolean atLeast) {

    public TicketPage {
        tickets = List.copyOf(tickets);
    }

    /// An exact count.
    public TicketPage(List<Ticket> tickets, int totalMatching) {
        this(tickets, totalMatching, false);
    }
}

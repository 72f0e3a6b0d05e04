package org.seatdesk.ticket;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/// Persistence of tickets; implemented by the store layer.
public interface TicketRepository {

    /// Takes the next counter of `seatCode` on `day`, builds the registration from it and commits
    /// the ticket, its first event, its outbox operation and the removal of the author's draft
    /// together. Returns once the commit is durable.
    Ticket register(String seatCode, LocalDate day, IntFunction<Registration> build);

    /// Reads the ticket (locked until commit), builds the update from it and commits the ticket,
    /// its history entries and its outbox operations together. A build that returns null (nothing
    /// changed) writes nothing; the stored ticket comes back.
    /// @throws java.util.NoSuchElementException when there is no such ticket
    Ticket update(UUID ticketId, java.util.function.Function<Ticket, TicketUpdate> build);

    TicketPage query(TicketQuery query);

    Optional<Ticket> find(UUID id);

    /// Oldest first (R-TK-13).
    List<TicketEvent> history(UUID ticketId);
}

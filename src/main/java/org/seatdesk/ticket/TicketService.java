package org.seatdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;

/// Registers and reads work orders. Synchronous: callers on the UI run it on the database executor.
public final class TicketService {

    private final TicketRepository repository;
    private final TicketValidator validator;
    private final Clock clock;
    private final ZoneId centreZone;
    private final TimeOrderedIds ids;

    public TicketService(TicketRepository repository, TicketValidator validator, Clock clock, ZoneId centreZone,
                         TimeOrderedIds ids) {
        this.repository = repository;
        this.validator = validator;
        this.clock = clock;
        this.centreZone = centreZone;
        this.ids = ids;
    }

    public List<FieldProblem> check(TicketDraft draft) {
        return validator.validate(draft);
    }

    /// R-TK-1, R-TK-3: a ticket is created at once from a complete draft, or not at all.
    public Ticket register(TicketDraft draft, Author author) {
        List<FieldProblem> problems = validator.validate(draft);
        if (!problems.isEmpty()) {
            throw new InvalidTicketException(problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        UUID id = ids.next();
        return repository.register(author.seatCode(), now.atZone(centreZone).toLocalDate(), counter -> {
            Ticket ticket = newTicket(id, draft, author, now, counter);
            TicketEvent created = new TicketEvent(ids.next(), id, now, author.staffId(), author.name(),
                    TicketEvent.Kind.CREATED, ticket.number());
            OutboxOperation op = OutboxOperation.create("ticket", id, Payloads.json(ticket), ids.next(), now);
            OutboxOperation append = new OutboxOperation(ids.next(), "ticket_event", created.id(),
                    OutboxOperation.Kind.APPEND, 0, Payloads.json(created), now);
            return new Registration(ticket, created, op, append);
        });
    }

    public TicketPage queue(TicketQuery query) {
        return repository.query(query);
    }

    public Optional<Ticket> find(UUID id) {
        return repository.find(id);
    }

    public List<TicketEvent> history(UUID ticketId) {
        return repository.history(ticketId);
    }

    private Ticket newTicket(UUID id, TicketDraft d, Author author, Instant now, int counter) {
        String number = TicketNumber.format(d.type(), now.atZone(centreZone).toLocalDate(), author.seatCode(), counter);
        return new Ticket(id, number, d.type(), d.level(), d.serviceKind(), d.requesterKind(), d.requesterName(),
                d.terminalId(), d.merchantId(), d.posBarcode(), d.installAddress(), d.contactPerson(),
                d.contactPhone(), d.description().strip(), TicketStatus.NEW, null, null, null, null, 0,
                author.region(), author.deskId(), author.seatCode(), author.staffId(), now, now, 1);
    }
}

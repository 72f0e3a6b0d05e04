package org.seatdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
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

    /// R-TK-3 for an edit being typed: the problems of `current` with `edit` laid over it, so the
    /// detail page can take a message away as soon as its field is right (the save still asks
    /// {@link #update}, which judges only the changed fields).
    public List<FieldProblem> checkEdit(Ticket current, TicketEdit edit) {
        return validator.validateRegistered(edit.applyTo(current, clock.instant()));
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

    /// An agent's edit (R-TK-5, R-TK-6): the ticket, a history entry per kind of change (R-TK-13)
    /// and an UPDATE carrying only the changed fields commit together. Nothing changed: nothing
    /// is written and the stored ticket comes back.
    /// @throws InvalidTicketException when a changed field breaks an intake rule (R-TK-3)
    public Ticket update(UUID ticketId, TicketEdit edit, Author author) {
        if (edit.dispatchKind() != null && (edit.dispatchTarget() == null || edit.dispatchTarget().isBlank())) {
            throw new IllegalArgumentException("a dispatch needs a target (R-TK-5)");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return repository.update(ticketId, current -> changeSet(current, edit.applyTo(current, now), author, now));
    }

    /// Field changes as an UPDATE names them (a conflict's "apply mine"), laid over the stored
    /// ticket and written as {@link #update} writes an edit.
    /// `resolves` is the conflict this settles (closed in the same transaction), or null.
    public Ticket apply(UUID ticketId, JsonNode changes, Author author, UUID resolves) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return repository.update(ticketId, current -> {
            Ticket changed = TicketChanges.apply(current, changes);
            TicketUpdate update = changeSet(current, withUpdatedAt(changed, now), author, now);
            if (update == null) {
                update = new TicketUpdate(withUpdatedAt(current, now), List.of(), List.of()); // already so here: only the conflict closes
            }
            return update.resolving(resolves);
        });
    }

    private TicketUpdate changeSet(Ticket current, Ticket updated, Author author, Instant now) {
        TicketChanges diff = TicketChanges.between(current, updated);
        if (diff.isEmpty()) {
            return null;
        }
        List<FieldProblem> problems = validator.validateEdit(updated, diff.fields());
        if (!problems.isEmpty()) {
            throw new InvalidTicketException(problems);
        }
        List<TicketEvent> events = new ArrayList<>();
        List<String> others = new ArrayList<>(diff.fields());
        others.removeAll(List.of("dispatchKind", "dispatchTarget", "dispatchedAt", "handlingStatus"));
        if ((diff.changed("dispatchKind") || diff.changed("dispatchTarget")) && updated.dispatchKind() != null) {
            events.add(event(current, author, now, TicketEvent.Kind.DISPATCHED,
                    updated.dispatchKind().name() + " → " + updated.dispatchTarget()));
        }
        if (diff.changed("handlingStatus") && updated.handlingStatus() != null) {
            events.add(event(current, author, now, TicketEvent.Kind.HANDLING_REPORTED, updated.handlingStatus().name()));
        }
        if (diff.changed("status") && updated.status() == TicketStatus.CLOSED) {
            others.remove("status");
            events.add(event(current, author, now, TicketEvent.Kind.CLOSED, ""));
        }
        if (!others.isEmpty()) {
            // field names, never values: history travels to every seat of the region (and phones are personal)
            events.add(event(current, author, now, TicketEvent.Kind.UPDATED, String.join(", ", others)));
        }
        List<OutboxOperation> ops = new ArrayList<>();
        ops.add(new OutboxOperation(ids.next(), "ticket", current.id(), OutboxOperation.Kind.UPDATE, current.version(),
                diff.payload(), now));
        for (TicketEvent e : events) {
            ops.add(new OutboxOperation(ids.next(), "ticket_event", e.id(), OutboxOperation.Kind.APPEND, 0,
                    Payloads.json(e), now));
        }
        return new TicketUpdate(updated, events, ops);
    }

    private TicketEvent event(Ticket ticket, Author author, Instant now, TicketEvent.Kind kind, String detail) {
        return new TicketEvent(ids.next(), ticket.id(), now, author.staffId(), author.name(), kind, detail);
    }

    private static Ticket withUpdatedAt(Ticket t, Instant now) {
        return new Ticket(t.id(), t.number(), t.type(), t.level(), t.serviceKind(), t.requesterKind(), t.requesterName(),
                t.terminalId(), t.merchantId(), t.posBarcode(), t.installAddress(), t.contactPerson(), t.contactPhone(),
                t.description(), t.status(), t.handlingStatus(), t.dispatchKind(), t.dispatchTarget(), t.dispatchedAt(),
                t.callbackAttempts(), t.region(), t.deskId(), t.seatCode(), t.createdBy(), t.createdAt(), now, t.version());
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

package org.seatdesk.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.seatdesk.security.Role;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.TicketNumber;

/// R-SH-2: the outgoing shift writes handover entries, the incoming shift acknowledges them.
/// Synchronous: the UI runs it on the database executor.
public final class HandoverService {

    /// R-SH-2: the people at seats hand over and take over (agents, the callback desk, the monitor).
    private static final Set<Role> HANDOVER_STAFF = EnumSet.of(Role.AGENT, Role.CALLBACK_DESK, Role.SHIFT_MONITOR);

    public static final int BODY_LIMIT = 2000;
    /// Linked tickets per entry: the column holds 400 characters, a number about 22.
    public static final int TICKET_LIMIT = 15;

    private final HandoverRepository repository;
    private final Clock clock;
    private final TimeOrderedIds ids;
    private final Duration window;

    /// @param window how far back the handover page looks (setting `handover.window.hours`)
    public HandoverService(HandoverRepository repository, Clock clock, TimeOrderedIds ids, Duration window) {
        this.repository = repository;
        this.clock = clock;
        this.ids = ids;
        this.window = window;
    }

    public static boolean takesPart(Role role) {
        return HANDOVER_STAFF.contains(role);
    }

    /// How far back {@link #recent} looks.
    public Duration window() {
        return window;
    }

    /// Ticket numbers typed into one field, separated by commas, spaces or line breaks; upper-cased
    /// (numbers are accepted in any case), duplicates dropped, order kept.
    public static List<String> parseTicketNumbers(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(typed.split("[,，;；\\s]+"))
                .filter(s -> !s.isBlank()).map(s -> s.strip().toUpperCase(Locale.ROOT)).toList()));
    }

    /// Every problem of the entry at once, so the form can show them all at their fields.
    public List<HandoverProblem> check(HandoverCategory category, String body, List<String> ticketNumbers) {
        List<HandoverProblem> problems = new ArrayList<>();
        if (category == null) {
            problems.add(new HandoverProblem(HandoverProblem.Field.CATEGORY, HandoverProblem.Kind.REQUIRED, ""));
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            problems.add(new HandoverProblem(HandoverProblem.Field.BODY, HandoverProblem.Kind.REQUIRED, ""));
        } else if (text.length() > BODY_LIMIT) {
            problems.add(new HandoverProblem(HandoverProblem.Field.BODY, HandoverProblem.Kind.TOO_LONG,
                    Integer.toString(BODY_LIMIT)));
        }
        if (ticketNumbers.size() > TICKET_LIMIT) {
            problems.add(new HandoverProblem(HandoverProblem.Field.TICKETS, HandoverProblem.Kind.TOO_MANY_TICKETS,
                    Integer.toString(TICKET_LIMIT)));
            return problems;
        }
        for (String number : ticketNumbers) {
            if (!TicketNumber.isValid(number)) {
                problems.add(new HandoverProblem(HandoverProblem.Field.TICKETS, HandoverProblem.Kind.BAD_TICKET_NUMBER, number));
                break;
            }
            if (!repository.ticketExists(number)) {
                problems.add(new HandoverProblem(HandoverProblem.Field.TICKETS, HandoverProblem.Kind.UNKNOWN_TICKET, number));
                break;
            }
        }
        return problems;
    }

    /// R-SH-2: writes one entry at the author's seat, or throws with every problem and writes nothing.
    public HandoverEntry write(HandoverCategory category, String body, List<String> ticketNumbers, Author author) {
        List<HandoverProblem> problems = check(category, body, ticketNumbers);
        if (!problems.isEmpty()) {
            throw new InvalidHandoverException(problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        HandoverEntry entry = new HandoverEntry(ids.next(), category, body.strip(), ticketNumbers, author.staffId(),
                author.name(), author.seatCode(), author.region(), now);
        repository.write(entry, OutboxOperation.create("handover_entry", entry.id(), Payloads.json(entry), ids.next(), now));
        return entry;
    }

    /// R-SH-2: the incoming shift acknowledges an entry; recorded with who, when and at which seat.
    public HandoverAck acknowledge(HandoverItem item, Author reader) {
        if (!item.mayBeAcknowledgedBy(reader.staffId(), reader.seatCode())) {
            throw new IllegalStateException("the author or someone who already acknowledged cannot acknowledge again");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        HandoverAck ack = new HandoverAck(ids.next(), item.entry().id(), reader.staffId(), reader.name(),
                reader.seatCode(), now);
        repository.acknowledge(ack, OutboxOperation.create("handover_ack", ack.id(), Payloads.json(ack), ids.next(), now));
        return ack;
    }

    /// The entries of the reader's region within the window, newest first.
    public List<HandoverItem> recent(String region) {
        return repository.since(clock.instant().minus(window), region);
    }

    /// How many entries the reader, at this seat, still has to acknowledge (not their own).
    public static long waitingFor(List<HandoverItem> items, Author reader) {
        return items.stream().filter(i -> i.mayBeAcknowledgedBy(reader.staffId(), reader.seatCode())).count();
    }
}

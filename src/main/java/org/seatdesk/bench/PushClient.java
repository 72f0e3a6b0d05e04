package org.seatdesk.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubWire.LoginAnswer;
import org.seatdesk.sync.HubWire.PushAnswer;
import org.seatdesk.sync.HubWire.PushResult;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;

/// One pushing client of `bench hub-throughput`: a seat's outbox in fast motion. Its batches hold
/// what seats push — a registration is `ticket CREATE` + its `ticket_event APPEND` (R-TK-13), an
/// edit is `ticket UPDATE` + its history entry — and edits target tickets this client registered
/// (some in the same batch, as an outbox holds them). Keeps what the hub acknowledged for
/// {@link FeedCheck}.
final class PushClient {

    /// What marks an edit's description, followed by the UPDATE's op id: how the feed check finds it.
    static final String EDIT_MARK = "bench edit ";

    private final HubClient hub;
    private final LoginAnswer login;
    private final String seat;
    private final TicketFactory factory;
    private final TimeOrderedIds ids;
    private final Clock clock = Clock.systemUTC();
    private final SplittableRandom random;
    private final List<UUID> tickets = new ArrayList<>();
    private final Map<UUID, Integer> versions = new HashMap<>();
    private int counter;

    /// Keys of acknowledged operations (ticket id of a CREATE, event id of an APPEND, op id of an UPDATE).
    final List<UUID> acked = new ArrayList<>();
    long rejected;
    String firstProblem;

    PushClient(HubClient hub, LoginAnswer login, String seat, long seed, ZoneId zone) {
        this.hub = hub;
        this.login = login;
        this.seat = seat;
        this.factory = new TicketFactory(seed, zone);
        this.ids = new TimeOrderedIds(clock);
        this.random = new SplittableRandom(seed);
    }

    private record Pending(OutboxOperation op, UUID key) {
    }

    /// Pushes one batch of `size` operations and settles the answers; returns how many the hub accepted.
    int pushBatch(int size) {
        List<Pending> batch = new ArrayList<>(size);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        while (batch.size() < size) {
            if (tickets.isEmpty() || size - batch.size() == 1 || random.nextBoolean()) {
                register(batch, now, size - batch.size() > 1);
            } else {
                edit(batch, now);
            }
        }
        PushAnswer answer = hub.push(batch.stream().map(Pending::op).toList());
        int accepted = 0;
        for (int i = 0; i < batch.size(); i++) {
            PushResult r = i < answer.results().size() ? answer.results().get(i) : null;
            if (r != null && PushResult.ACCEPTED.equals(r.status()) && batch.get(i).op().opId().equals(r.opId())) {
                acked.add(batch.get(i).key());
                accepted++;
            } else {
                rejected++;
                if (firstProblem == null) {
                    firstProblem = r == null ? "no answer for an op" : r.status() + " " + r.reason() + " " + r.message();
                }
            }
        }
        return accepted;
    }

    private void register(List<Pending> batch, Instant now, boolean withHistory) {
        Ticket ticket = factory.registered(ids.next(), now, seat, ++counter, login.region(), login.deskId(), login.staffId());
        batch.add(new Pending(OutboxOperation.create("ticket", ticket.id(), Payloads.json(ticket), ids.next(), now), ticket.id()));
        tickets.add(ticket.id());
        versions.put(ticket.id(), 1);
        if (withHistory) {
            batch.add(history(ticket.id(), now, TicketEvent.Kind.CREATED, ticket.number()));
        }
    }

    private void edit(List<Pending> batch, Instant now) {
        UUID ticket = tickets.get(random.nextInt(tickets.size()));
        int version = versions.get(ticket);
        UUID opId = ids.next();
        String payload = Payloads.json(Map.of("changes", Map.of("description", EDIT_MARK + opId)));
        batch.add(new Pending(new OutboxOperation(opId, "ticket", ticket, OutboxOperation.Kind.UPDATE, version, payload, now), opId));
        versions.put(ticket, version + 1);
        batch.add(history(ticket, now, TicketEvent.Kind.UPDATED, "description"));
    }

    private Pending history(UUID ticket, Instant now, TicketEvent.Kind kind, String detail) {
        TicketEvent event = new TicketEvent(ids.next(), ticket, now, login.staffId(), login.name(), kind, detail);
        return new Pending(new OutboxOperation(ids.next(), "ticket_event", event.id(), OutboxOperation.Kind.APPEND, 0,
                Payloads.json(event), now), event.id());
    }
}

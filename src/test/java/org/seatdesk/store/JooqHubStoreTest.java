package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.hub.Caller;
import org.seatdesk.hub.HubStore;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;

class JooqHubStoreTest {

    private static final Instant NOW = Fixtures.MORNING;

    @Test
    void aSessionAnswersUntilItExpiresAndThenNoLonger(@TempDir Path dir) {
        try (Database db = Database.openFile(dir, "hub")) {
            DemoCentre.Data centre = new DemoCentre(DemoCentre.DEFAULT_SEED, java.time.Clock.fixed(NOW, Fixtures.CENTRE_ZONE),
                    Fixtures.CENTRE_ZONE).generate("not-a-real-hash");
            new DemoDataWriter(db).seedIfEmpty(centre);
            UUID gdAgent = centre.staff().stream().filter(s -> s.staffNo().equals("A009")).findFirst().orElseThrow().id();
            JooqHubStore store = new JooqHubStore(db);
            store.saveSession("live", gdAgent, "S11", NOW, NOW.plus(Duration.ofHours(12)));
            store.saveSession("old", gdAgent, "S11", NOW.minus(Duration.ofHours(13)), NOW.minus(Duration.ofHours(1)));

            Caller caller = store.caller("live", NOW).orElseThrow();
            assertThat(caller.staffNo()).isEqualTo("A009");
            assertThat(caller.role()).isEqualTo(Role.AGENT);
            assertThat(caller.region()).isEqualTo("CN-GD");
            assertThat(caller.hq()).isFalse();
            assertThat(store.caller("live", NOW.plus(Duration.ofHours(12)))).as("expired at 12 h").isEmpty();
            assertThat(store.caller("old", NOW)).isEmpty();
            assertThat(store.caller("unknown", NOW)).isEmpty();
            assertThat(store.deleteExpiredSessions(NOW)).isEqualTo(1);
        }
    }

    @Test
    void theDemoWallLoginIsAddedOnceAndKeptOnLaterStarts(@TempDir Path dir) {
        try (Database db = Database.openFile(dir, "hub")) {
            new DemoDataWriter(db).seedIfEmpty(new DemoCentre(DemoCentre.DEFAULT_SEED,
                    java.time.Clock.fixed(NOW, Fixtures.CENTRE_ZONE), Fixtures.CENTRE_ZONE).generate("hash"));
            JooqHubStore store = new JooqHubStore(db);
            Staff wall = new Staff(UUID.randomUUID(), "W001", "Wall display", Role.WALL, Grade.JUNIOR, "WALL", "HQ", "CN",
                    null, true);
            assertThat(store.addStaffIfMissing(wall, "hash")).isTrue();
            assertThat(store.addStaffIfMissing(wall, "other")).isFalse();
            assertThat(new JooqStaffRepository(db).credentials("W001")).hasValueSatisfying(c -> {
                assertThat(c.staff().role()).isEqualTo(Role.WALL);
                assertThat(c.passwordHash()).isEqualTo("hash");
            });
        }
    }

    /// ADR 0019/0025: a batch's CREATEs are checked against what `prefetch` read, so a batch of
    /// 100 registrations costs the prefetch's queries and one batched insert, not a flush and two
    /// lookups per ticket (asking for the id and the number apart left half of each question
    /// "unknown" and sent it to the database).
    @Test
    void aBatchOfNewTicketsIsCheckedFromThePrefetchWithoutAStatementPerTicket(@TempDir Path dir) {
        try (Database db = Database.openFile(dir, "hub")) {
            AtomicInteger statements = new AtomicInteger();
            DSLContext counting = db.dsl().configuration().derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    statements.incrementAndGet();
                }
            })).dsl();
            JooqHubStore store = new JooqHubStore(db, counting);
            List<Ticket> tickets = IntStream.range(0, 100).mapToObj(JooqHubStoreTest::newTicket).toList();
            HubStore.BatchKeys keys = new HubStore.BatchKeys(tickets.stream().map(Ticket::id).collect(Collectors.toSet()),
                    tickets.stream().map(Ticket::number).collect(Collectors.toSet()), Set.of(), Set.of());

            List<String> answers = store.inTransaction(tx -> {
                tx.prefetch(keys);
                List<String> seen = new ArrayList<>();
                for (Ticket t : tickets) {
                    seen.add(tx.ticketExists(t.id(), null) + "/" + tx.ticketExists(null, t.number()));
                    tx.insertTicket(t);
                }
                // the batch's own tickets are known from memory: a second ticket with a number taken here
                seen.add("again " + tx.ticketExists(null, tickets.getFirst().number()) + "/" + tx.ticketExists(tickets.get(1).id(), null));
                return seen;
            });

            assertThat(answers).hasSize(101).startsWith("false/false").contains("again true/true")
                    .filteredOn("false/false"::equals).hasSize(100);
            assertThat(statements.get()).as("2 prefetch queries + 1 batched insert, not ~300 statements").isEqualTo(3);
            assertThat(TestData.count(db, org.seatdesk.store.jooq.Tables.TICKET)).isEqualTo(100);
        }
    }

    private static Ticket newTicket(int n) {
        Ticket t = Fixtures.ticket(TicketType.BUSINESS_REQUEST, TicketStatus.NEW, NOW);
        return new Ticket(UUID.randomUUID(), "H-20261122-S07-%04d".formatted(n + 1), t.type(), t.level(), t.serviceKind(),
                t.requesterKind(), t.requesterName(), t.terminalId(), t.merchantId(), t.posBarcode(), t.installAddress(),
                t.contactPerson(), t.contactPhone(), t.description(), t.status(), t.handlingStatus(), t.dispatchKind(),
                t.dispatchTarget(), t.dispatchedAt(), t.callbackAttempts(), t.region(), t.deskId(), t.seatCode(),
                t.createdBy(), NOW, NOW, 1);
    }
}

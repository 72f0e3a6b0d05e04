package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.HubException;
import org.seatdesk.sync.HubUnreachableException;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.TempDirs;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;

/// Sync principles 2, 3 and 6 as a property: random interleavings of ticket registrations,
/// field edits and history entries at three seats, each behind its own FaultProxy that is cut
/// and healed at random, and sync rounds in between. Once every link is healed and every seat
/// has synced, all three seats and the hub hold the same tickets and events; every edit either
/// reached the hub or waits in its seat's conflict table; and no accepted edit overwrote a
/// change to the same field that its seat had not seen.
///
/// One hub process and three seats serve every try (state accumulates, which the property
/// allows); tries are bounded so the property stays within a minute on a loaded 2-core machine.
class ConvergenceProperties {

    private static final String[][] SEATS = {{"A001", "T07"}, {"A002", "T08"}, {"M001", "T01"}};
    private static final List<String> FIELDS = List.of("contactPhone", "description", "contactPerson", "installAddress");
    private static final AtomicInteger VALUES = new AtomicInteger(10_000_000);
    /// Over all tries: edits kept as conflicts, and stale edits merged (the cases that matter).
    private static final AtomicInteger CONFLICTS = new AtomicInteger();
    private static final AtomicInteger MERGED = new AtomicInteger();

    static Path dir;
    static HubProcess hub;
    static HubClient api;
    static String hq;
    static final List<FaultProxy> PROXIES = new ArrayList<>();
    static final List<TestSeat> SEAT = new ArrayList<>();
    static final TimeOrderedIds IDS = new TimeOrderedIds(Clock.systemUTC());

    sealed interface Action permits Register, Edit, Note, Sync, Push, Cut, Heal {
    }

    record Register(int seat) implements Action {
    }

    record Edit(int seat, int ticket, int field) implements Action {
    }

    record Note(int seat, int ticket) implements Action {
    }

    record Sync(int seat) implements Action {
    }

    /// A push without the pull after it: the seat's own accepted edits are not back yet.
    record Push(int seat) implements Action {
    }

    record Cut(int seat) implements Action {
    }

    record Heal(int seat) implements Action {
    }

    /// An edit as it was queued at its seat; `order` counts edits over the script.
    record Queued(UUID opId, int seat, UUID ticket, String field, String value, int base, int order) {
    }

    @BeforeContainer
    static void startHubAndSeats() throws Exception {
        dir = Files.createTempDirectory("seatdesk-convergence");
        hub = HubProcess.start(dir.resolve("hub"), "--demo");
        api = new HubClient(hub.base);
        hq = api.token("M001");
        for (String[] who : SEATS) {
            FaultProxy proxy = new FaultProxy(hub.base.getPort());
            PROXIES.add(proxy);
            SEAT.add(new TestSeat(dir.resolve(who[1]), proxy.base(), who[0], who[1]));
        }
    }

    @AfterContainer
    static void stopAll() throws Exception {
        System.err.println("ConvergenceProperties: " + CONFLICTS + " edits kept as conflicts, " + MERGED
                + " stale edits merged over all tries");
        SEAT.forEach(TestSeat::close);
        for (FaultProxy proxy : PROXIES) {
            proxy.close();
        }
        if (hub != null) {
            hub.close();
        }
        if (dir != null) {
            TempDirs.deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<List<Action>> scripts() {
        Arbitrary<Integer> seat = Arbitraries.integers().between(0, SEATS.length - 1);
        Arbitrary<Integer> ticket = Arbitraries.integers().between(0, 3); // few tickets: edits meet
        Arbitrary<Integer> field = Arbitraries.integers().between(0, 1); // two fields: the same one often
        Arbitrary<Action> action = Arbitraries.frequencyOf(
                Tuple.of(3, seat.<Action>map(Register::new)),
                Tuple.of(6, Combinators.combine(seat, ticket, field).<Action>as(Edit::new)),
                Tuple.of(2, Combinators.combine(seat, ticket).<Action>as(Note::new)),
                Tuple.of(5, seat.<Action>map(Sync::new)),
                Tuple.of(2, seat.<Action>map(Push::new)),
                Tuple.of(1, seat.<Action>map(Cut::new)),
                Tuple.of(1, seat.<Action>map(Heal::new)));
        return action.list().ofMinSize(8).ofMaxSize(30);
    }

    @Property(tries = 10, shrinking = ShrinkingMode.OFF)
    void principle6_editsAtThreeSeatsWithPartitionsConvergeAndNothingIsSilentlyOverwritten(
            @ForAll("scripts") List<Action> script) throws Exception {
        // Two tickets every seat has, so that edits from different seats meet on them.
        List<Action> shared = new ArrayList<>(List.of(new Register(0), new Register(1), new Sync(0), new Sync(1),
                new Sync(2), new Sync(0)));
        shared.addAll(script);
        Outcome outcome = runAndCheck(shared);
        CONFLICTS.addAndGet(outcome.conflicts());
        MERGED.addAndGet(outcome.merged());
    }

    /// The check itself sees conflicts and merges: seat 1 edits the field seat 0 edited from the
    /// same version (a conflict), seat 2 another field (merged).
    @Example
    void principle6_theSameFieldEditedAtTwoSeatsIsAConflictAndAnotherFieldIsMerged() throws Exception {
        Outcome outcome = runAndCheck(List.of(new Register(0), new Sync(0), new Sync(1), new Sync(2), new Edit(0, 0, 0),
                new Edit(1, 0, 0), new Edit(2, 0, 1), new Cut(2), new Sync(0), new Sync(1), new Sync(2)));
        assertThat(outcome).isEqualTo(new Outcome(1, 1));
    }

    /// Principle 6, R-SEC-1 review: a seat's second offline edit of the same field of one ticket
    /// is based on its first, which the hub has not acknowledged yet: never a conflict with
    /// itself — in one push, and when the first was pushed (accepted) before the second was made
    /// but not pulled back yet.
    @Example
    void principle6_aSeatsSecondOfflineEditOfAFieldIsNeverAConflictWithItsFirst() throws Exception {
        Outcome oneBatch = runAndCheck(List.of(new Register(0), new Sync(0), new Sync(1), new Cut(1),
                new Edit(1, 0, 0), new Edit(1, 0, 0), new Edit(1, 0, 1), new Edit(1, 0, 0), new Heal(1), new Sync(1)));
        assertThat(oneBatch.conflicts()).isZero();
        Outcome acrossPushes = runAndCheck(List.of(new Register(0), new Sync(0), new Sync(2), new Edit(2, 0, 0),
                new Push(2), new Edit(2, 0, 0), new Push(2), new Edit(2, 0, 0), new Sync(2)));
        assertThat(acrossPushes.conflicts()).isZero();
    }

    /// How many edits ended as conflicts, and how many stale edits were merged.
    record Outcome(int conflicts, int merged) {
    }

    private static Outcome runAndCheck(List<Action> script) throws Exception {
        int conflicted = 0;
        int merged = 0;
        List<UUID> tickets = new ArrayList<>();
        List<Queued> edits = new ArrayList<>();
        for (Action action : script) {
            switch (action) {
                case Register r -> tickets.add(SEAT.get(r.seat()).register().id());
                case Edit e -> edit(e, tickets, edits.size()).ifPresent(edits::add);
                case Note n -> note(n, tickets);
                case Sync s -> sync(SEAT.get(s.seat()));
                case Push p -> push(SEAT.get(p.seat()));
                case Cut c -> PROXIES.get(c.seat()).cut();
                case Heal h -> PROXIES.get(h.seat()).heal();
            }
        }
        PROXIES.forEach(FaultProxy::heal);
        for (int round = 0; round < 2; round++) { // the first pushes everything, the second pulls the rest
            for (TestSeat seat : SEAT) {
                seat.engine.syncOnce();
            }
        }

        HubLedger ledger = HubLedger.read(api, hq);
        Map<UUID, Ticket> atHub = new HashMap<>();
        Map<String, JsonNode> acceptedByValue = new HashMap<>();
        for (JsonNode c : ledger.changes()) {
            if (c.get("entity").asText().equals("ticket")) {
                JsonNode payload = c.get("kind").asText().equals("UPDATE") ? c.get("payload").get("ticket") : c.get("payload");
                atHub.put(UUID.fromString(c.get("entityId").asText()), Payloads.read(payload, Ticket.class));
                if (c.get("kind").asText().equals("UPDATE")) {
                    c.get("payload").get("changes").properties().forEach(f -> acceptedByValue.put(f.getValue().asText(), c));
                }
            }
        }
        String first = TestData.syncedState(SEAT.getFirst().db);
        for (TestSeat seat : SEAT) {
            assertThat(TestData.outboxRows(seat.db)).as("%s outbox", seat.who.seatCode()).isZero();
            assertThat(TestData.rejectedRows(seat.db)).as("%s rejected: %s", seat.who.seatCode(),
                    TestData.rejectedText(seat.db)).isZero();
            assertThat(TestData.syncedState(seat.db)).as("%s equals %s", seat.who.seatCode(), SEATS[0][1]).isEqualTo(first);
            for (Map.Entry<UUID, Ticket> t : atHub.entrySet()) {
                assertThat(seat.onDb(() -> seat.tickets.find(t.getKey()))).as("%s has the hub's ticket", seat.who.seatCode())
                        .contains(t.getValue());
            }
        }
        for (UUID id : tickets) {
            assertThat(ledger.creates(id)).isEqualTo(1);
            assertThat(SEAT.getFirst().onDb(() -> SEAT.getFirst().tickets.history(id)))
                    .as("R-TK-13: the CREATED entry is everywhere").isNotEmpty();
        }

        Set<UUID> conflicts = new HashSet<>();
        SEAT.forEach(s -> conflicts.addAll(TestData.conflictOpIds(s.db)));
        for (Queued e : edits) {
            JsonNode accepted = acceptedByValue.get(e.value());
            assertThat(accepted != null ^ conflicts.contains(e.opId()))
                    .as("edit %s: accepted at the hub or kept as a conflict, exactly one", e).isTrue();
            if (accepted == null) {
                conflicted++;
            } else {
                int version = accepted.get("version").asInt();
                if (version > e.base() + 1) {
                    merged++;
                }
                for (Queued other : edits) {
                    JsonNode theirs = acceptedByValue.get(other.value());
                    // an earlier edit at the same seat is one the seat had seen: it edited over it
                    boolean seen = other.seat() == e.seat() && other.order() < e.order();
                    if (other != e && !seen && theirs != null && other.ticket().equals(e.ticket())
                            && other.field().equals(e.field())) {
                        int v = theirs.get("version").asInt();
                        assertThat(v > e.base() && v < version)
                                .as("edit %s (v%d) overwrote %s (v%d), which its seat had not seen", e, version, other, v)
                                .isFalse();
                    }
                }
            }
        }
        return new Outcome(conflicted, merged);
    }

    /// An edit as the console makes it (TicketService: the row, a history entry and an UPDATE
    /// with the changed field's new and previous value, based on the seat's local version).
    /// A second edit of a ticket before the first reached the hub is generated on purpose: it
    /// must not become a conflict with the seat's own first edit (principle 6).
    private static Optional<Queued> edit(Edit e, List<UUID> tickets, int order) {
        TestSeat seat = SEAT.get(e.seat());
        if (tickets.isEmpty()) {
            return Optional.empty();
        }
        UUID id = tickets.get(e.ticket() % tickets.size());
        Optional<Ticket> local = seat.onDb(() -> seat.tickets.find(id));
        if (local.isEmpty()) {
            return Optional.empty();
        }
        String field = FIELDS.get(e.field());
        String value = (field.equals("contactPhone") ? "139" : field.substring(0, 3) + "-") + VALUES.incrementAndGet();
        seat.onDb(() -> seat.tickets.apply(id, HubClient.JSON.valueToTree(Map.of(field, value)), seat.author, null));
        OutboxOperation queued = TestData.outboxFor(seat.db, id).stream()
                .filter(op -> op.kind() == OutboxOperation.Kind.UPDATE).toList().getLast();
        return Optional.of(new Queued(queued.opId(), e.seat(), id, field, value, queued.baseVersion(), order));
    }

    private static void note(Note n, List<UUID> tickets) {
        TestSeat seat = SEAT.get(n.seat());
        if (tickets.isEmpty()) {
            return;
        }
        UUID id = tickets.get(n.ticket() % tickets.size());
        if (seat.onDb(() -> seat.tickets.find(id)).isEmpty()) {
            return;
        }
        TestData.recordEvent(seat.db, new TicketEvent(IDS.next(), id, Instant.now(), seat.author.staffId(),
                seat.author.name(), TicketEvent.Kind.UPDATED, "note " + VALUES.incrementAndGet()));
    }

    private static void push(TestSeat seat) {
        try {
            seat.engine.pushAll();
        } catch (HubUnreachableException | HubException cut) {
            // partitioned
        }
    }

    private static void sync(TestSeat seat) {
        try {
            seat.engine.syncOnce();
        } catch (HubUnreachableException | HubException cut) {
            // partitioned: the seat keeps working and tries again later
        }
    }
}

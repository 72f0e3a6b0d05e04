package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.HubUnreachableException;

/// Sync principle 2 under faults, end to end: a seat on its H2 file, a real hub process (on its H2
/// file, and for the kills also on PostgreSQL), and the in-JVM FaultProxy between them. Every case ends with zero lost and zero
/// duplicated: each ticket the seat committed is in the hub's feed exactly once, and the seat's
/// outbox is empty with nothing rejected.
class HubFaultsTest {

    private static final int TICKETS = 40;

    @TempDir
    Path dir;

    private final List<PgSchema> schemas = new ArrayList<>();

    @AfterEach
    void dropSchemas() throws Exception {
        for (PgSchema schema : schemas) {
            schema.close();
        }
    }

    /// The hub's arguments for a database: its H2 file in the data directory, or a fresh
    /// PostgreSQL schema (skipped without SEATDESK_TEST_PG_URL).
    private String[] hubOn(String database) throws Exception {
        if (database.equals("h2")) {
            return new String[] {"--demo"};
        }
        PgSchema schema = PgSchema.createOrSkip();
        schemas.add(schema);
        return new String[] {"--demo", "--db", schema.url};
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void principle2_hubKilledMidPushAppliesNothingAndTheBatchLandsOnceAfterRestart(String database) throws Exception {
        String[] args = hubOn(database);
        int port = HubProcess.freePort();
        AtomicReference<HubProcess> hub = new AtomicReference<>(HubProcess.start(dir.resolve("hub"), port, args));
        try (FaultProxy proxy = new FaultProxy(port);
             TestSeat seat = new TestSeat(dir.resolve("s07"), proxy.base(), "A001", "T07")) {
            List<UUID> made = register(seat, TICKETS);

            proxy.cutNextPushRequest(() -> kill(hub.get()));
            assertThatThrownBy(seat.engine::syncOnce).isInstanceOf(HubUnreachableException.class);
            assertThat(proxy.cutRequests).hasValue(1);
            assertThat(TestData.outboxRows(seat.db)).as("nothing answered, nothing deleted").isEqualTo(2 * TICKETS); // each ticket and its CREATED event

            hub.set(HubProcess.start(dir.resolve("hub"), port, args));
            HubClient api = new HubClient(hub.get().base);
            String hq = api.token("M001");
            HubLedger before = HubLedger.read(api, hq);
            assertThat(made).as("the cut batch was not applied").allSatisfy(id -> assertThat(before.creates(id)).isZero());

            seat.engine.syncOnce();
            assertThat(TestData.outboxRows(seat.db)).isZero();
            assertThat(TestData.rejectedText(seat.db)).isEqualTo("[]");
            HubLedger.read(api, hq).assertEachTicketExactlyOnce(made);
        } finally {
            hub.get().close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void principle2_hubKilledBetweenApplyAndAnswerKeepsTheBatchOnceAndTheRestartedSeatsReplayIsADuplicate(
            String database) throws Exception {
        String[] args = hubOn(database);
        int port = HubProcess.freePort();
        AtomicReference<HubProcess> hub = new AtomicReference<>(HubProcess.start(dir.resolve("hub"), port, args));
        List<UUID> made;
        try (FaultProxy proxy = new FaultProxy(port)) {
            try (TestSeat seat = new TestSeat(dir.resolve("s07"), proxy.base(), "A001", "T07")) {
                made = register(seat, TICKETS);
                // The hub answers only after its commit is durable: the answer's first bytes mean
                // "applied". The proxy kills the hub right then and never passes the answer on.
                proxy.dropNextPushAnswer(() -> kill(hub.get()));
                assertThatThrownBy(seat.engine::syncOnce).isInstanceOf(HubUnreachableException.class);
                assertThat(proxy.droppedAnswers).hasValue(1);
                assertThat(TestData.outboxRows(seat.db)).as("unanswered ops stay").isEqualTo(2 * TICKETS); // each ticket and its CREATED event
            }

            hub.set(HubProcess.start(dir.resolve("hub"), port, args));
            HubClient api = new HubClient(hub.get().base);
            String hq = api.token("M001");
            HubLedger applied = HubLedger.read(api, hq);
            // Applied although never answered. (Seen once on PostgreSQL under load 30: one of the 40
            // missing; not reproduced since. The hub's log goes with a failure to tell why.)
            assertThat(made).as("applied before the kill; hub log:%n%s", hub.get().output())
                    .allSatisfy(id -> assertThat(applied.creates(id)).isOne());

            // The seat restarts on its file and replays its outbox: answered "duplicate", deleted.
            try (TestSeat restarted = new TestSeat(dir.resolve("s07"), proxy.base(), "A001", "T07")) {
                assertThat(TestData.outboxRows(restarted.db)).isEqualTo(2 * TICKETS); // each ticket and its CREATED event
                restarted.engine.syncOnce();
                assertThat(TestData.outboxRows(restarted.db)).isZero();
                assertThat(TestData.rejectedText(restarted.db)).isEqualTo("[]");
                assertThat(restarted.onDb(() -> restarted.store.openConflicts())).isZero();
            }
            HubLedger.read(api, hq).assertEachTicketExactlyOnce(made);
        } finally {
            hub.get().close();
        }
    }

    @Test
    void principle2_cutsDelaysAndDroppedAnswersOnTheNetworkLoseAndDuplicateNothing() throws Exception {
        int port = HubProcess.freePort();
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), port, "--demo");
             FaultProxy proxy = new FaultProxy(port);
             TestSeat seat = new TestSeat(dir.resolve("s07"), proxy.base(), "A001", "T07", Duration.ofSeconds(2))
                     .started()) {
            List<UUID> made = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                made.addAll(register(seat, 10));
                seat.engine.nudge();
                switch (round % 3) {
                    case 0 -> {
                        proxy.cut(); // the cable is pulled for a moment
                        Thread.sleep(300);
                        proxy.heal();
                    }
                    case 1 -> proxy.dropNextPushAnswer(() -> { }); // the answer is lost on the way back
                    default -> {
                        proxy.delay(Duration.ofMillis(3500)); // answers slower than the seat's 2 s timeout (+1 s)
                        Thread.sleep(3600);
                        proxy.delay(Duration.ZERO);
                    }
                }
                Thread.sleep(200);
            }
            await(() -> TestData.outboxRows(seat.db) == 0, Duration.ofSeconds(60));

            HubClient api = new HubClient(hub.base);
            HubLedger.read(api, api.token("M001")).assertEachTicketExactlyOnce(made);
            assertThat(TestData.rejectedText(seat.db)).isEqualTo("[]");
            assertThat(seat.onDb(() -> seat.store.openConflicts())).isZero();
        }
    }

    private static List<UUID> register(TestSeat seat, int n) {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            made.add(seat.register().id());
        }
        return made;
    }

    private static void kill(HubProcess hub) {
        try {
            hub.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void await(BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + max);
            }
            Thread.sleep(20);
        }
    }
}

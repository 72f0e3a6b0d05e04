package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.ConnectionState;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.ticket.Ticket;

/// End to end: seat sync engines on real H2 files against a real hub process (`hub --demo`), over
/// HTTP and server-sent events. The protocol-level faults stay in SyncEngineTest (stand-in hub).
class SeatSyncWithHubProcessTest {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    /// A seat logged in to `hub`, closed after the test.
    private TestSeat seat(Path dir, HubProcess hub, String staffNo, String seatCode) {
        TestSeat seat = new TestSeat(dir, hub.base, staffNo, seatCode);
        open.add(seat);
        return seat;
    }

    @Test
    void aTicketRegisteredAtOneSeatReachesAnotherWithinASecond(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            TestSeat s07 = seat(dir.resolve("s07"), hub, "A001", "S07").started();
            TestSeat s08 = seat(dir.resolve("s08"), hub, "A002", "S08").started();
            await(() -> s07.status.isCaughtUp() && s08.status.isCaughtUp(), Duration.ofSeconds(20));
            Thread.sleep(500); // the first round's pull is done and both event streams are open

            Ticket ticket = s07.register();
            long registered = System.nanoTime();
            s07.engine.nudge();
            await(() -> s08.onDb(() -> s08.tickets.find(ticket.id()).isPresent()), Duration.ofSeconds(5));
            Duration propagation = Duration.ofNanos(System.nanoTime() - registered);

            assertThat(propagation).isLessThan(Duration.ofSeconds(1));
            await(() -> TestData.outboxRows(s07.db) == 0, Duration.ofSeconds(5));
            assertThat(s08.onDb(() -> s08.tickets.find(ticket.id()).orElseThrow().number())).isEqualTo(ticket.number());
            assertThat(s07.onDb(() -> s07.tickets.history(ticket.id()))).hasSize(1);
            // R-TK-13: the ticket's first history entry reaches the other seat as well
            await(() -> s08.onDb(() -> s08.tickets.history(ticket.id())).size() == 1, Duration.ofSeconds(5));
        }
    }

    @Test
    void workDoneWhileTheHubIsDownArrivesOnceWhenItIsBack(@TempDir Path dir) throws Exception {
        int port = HubProcess.freePort();
        HubProcess hub = HubProcess.start(dir.resolve("hub"), port, "--demo");
        TestSeat s07 = seat(dir.resolve("s07"), hub, "A001", "S07").started();
        await(s07.status::isOnline, Duration.ofSeconds(20));

        hub.close();
        await(() -> !s07.status.isOnline(), Duration.ofSeconds(20));
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(s07.register().id());
        }
        ConnectionState offline = s07.onDb(s07.status::state);
        assertThat(offline.online()).isFalse();
        assertThat(offline.pendingChanges()).isEqualTo(6); // each ticket and its first history entry

        try (HubProcess back = HubProcess.start(dir.resolve("hub"), port, "--demo")) {
            await(() -> TestData.outboxRows(s07.db) == 0, Duration.ofSeconds(30));
            assertThat(TestData.rejectedText(s07.db)).isEqualTo("[]");
            TestSeat s08 = seat(dir.resolve("s08"), back, "A002", "S08");
            s08.engine.syncOnce();
            for (UUID id : made) {
                assertThat(s08.onDb(() -> s08.tickets.find(id))).isPresent();
            }
        }
    }

    @Test
    void theSameFieldEditedAtTwoSeatsBecomesAConflictAtTheSecond(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            TestSeat s07 = seat(dir.resolve("s07"), hub, "A001", "S07");
            TestSeat s08 = seat(dir.resolve("s08"), hub, "A002", "S08");
            Ticket ticket = s07.register();
            s07.engine.syncOnce();
            s08.engine.syncOnce();
            assertThat(s08.onDb(() -> s08.tickets.find(ticket.id()))).isPresent();

            TestData.appendOutbox(s07.db, phoneEdit(ticket, "13700000000"));
            TestData.appendOutbox(s08.db, phoneEdit(ticket, "13600000000"));
            SyncEngine.Round first = s07.engine.syncOnce();
            SyncEngine.Round second = s08.engine.syncOnce();

            assertThat(first.pushed()).isEqualTo(1);
            assertThat(second.conflicts()).isEqualTo(1);
            assertThat(s08.onDb(s08.store::openConflicts)).isEqualTo(1);
            assertThat(TestData.conflictText(s08.db)).contains("contactPhone", "13600000000", "13700000000");
            assertThat(s08.onDb(() -> s08.tickets.find(ticket.id()).orElseThrow().contactPhone()))
                    .as("the first edit reached the second seat; nothing was overwritten").isEqualTo("13700000000");
            assertThat(s08.onDb(() -> s08.tickets.find(ticket.id()).orElseThrow().version())).isEqualTo(2);
        }
    }

    private static OutboxOperation phoneEdit(Ticket t, String phone) {
        String payload = Payloads.json(Map.of("changes", Map.of("contactPhone", phone),
                "previous", Map.of("contactPhone", t.contactPhone())));
        return new OutboxOperation(UUID.randomUUID(), "ticket", t.id(), OutboxOperation.Kind.UPDATE, 1, payload,
                Instant.now());
    }

    private static void await(BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + max);
            }
            Thread.sleep(10);
        }
    }
}

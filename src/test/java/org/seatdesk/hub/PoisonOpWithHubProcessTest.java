package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.JooqHubRefusalRepository;
import org.seatdesk.store.JooqTicketRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.HubRefusal;
import org.seatdesk.sync.ConnectionState;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketDraft;

/// Issue "The console on a real desk": one operation the hub answers with a 500 for ever (as a
/// record whose year H2 stores but jOOQ cannot read back made it) must not take the seat off
/// sync. A real hub process; the FaultProxy answers 500 to every push that carries the poisoned
/// ticket, as the broken hub did, and passes everything else on.
class PoisonOpWithHubProcessTest {

    private static final String MARKER = "POISON-7f3a-刷卡机";

    @TempDir
    Path dir;

    @Test
    void aPoisonOperationNeitherStopsThePullsNorTheOtherOperationsAndLandsInTheRefusalsAfterBoundedRetries() throws Exception {
        int port = HubProcess.freePort();
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), port, "--demo");
             FaultProxy proxy = new FaultProxy(port);
             TestSeat other = new TestSeat(dir.resolve("t08"), hub.base, "A002", "T08");
             TestSeat seat = new TestSeat(dir.resolve("t07"), proxy.base(), "A001", "T07")) {
            proxy.failPushesContaining(MARKER);
            TicketDraft draft = Fixtures.completeDraft();
            Ticket poison = seat.onDb(() -> seat.tickets.register(new TicketDraft(draft.type(), draft.level(),
                    draft.serviceKind(), draft.requesterKind(), draft.requesterName(), draft.terminalId(), draft.merchantId(),
                    draft.posBarcode(), draft.installAddress(), draft.contactPerson(), draft.contactPhone(),
                    MARKER + " 屏幕黑屏"), seat.author));
            Ticket mine = seat.register();
            seat.started();

            // another seat's change arrives although the oldest operation here fails every time
            Ticket theirs = other.register();
            other.engine.syncOnce();
            JooqTicketRepository local = new JooqTicketRepository(seat.db);
            await(() -> seat.onDb(() -> local.find(theirs.id()).isPresent()), "the other seat's ticket is pulled");

            JooqHubRefusalRepository refusals = new JooqHubRefusalRepository(seat.db);
            await(() -> seat.onDb(() -> refusals.unread(50).stream().anyMatch(r -> r.entityId().equals(poison.id()))),
                    "the poison operation reaches the refusals");
            HubRefusal refusal = seat.onDb(() -> refusals.unread(50)).stream()
                    .filter(r -> r.entityId().equals(poison.id())).findFirst().orElseThrow();
            assertThat(refusal.reason()).isEqualTo(SyncEngine.HUB_ERROR);
            assertThat(refusal.opKind()).isEqualTo("CREATE");
            assertThat(refusal.payload()).as("nothing typed is lost").contains(MARKER);
            assertThat(refusal.message()).contains("500");
            // bounded: the bisection of the first batch, then the poison op alone a few times
            assertThat(proxy.failedPushes.get()).isBetween(3, 12);

            await(() -> seat.onDb(() -> TestData.outboxRows(seat.db)) == 0, "the outbox empties: the other operations went through");
            HubClient api = new HubClient(hub.base);
            HubLedger ledger = HubLedger.read(api, api.token("M001"));
            assertThat(ledger.creates(mine.id())).as("the seat's other ticket reached the hub").isOne();
            assertThat(ledger.creates(poison.id())).isZero();
            assertThat(seat.status.state().link()).isNotEqualTo(ConnectionState.Link.OFFLINE);

            int failedSoFar = proxy.failedPushes.get();
            Thread.sleep(1_500);
            assertThat(proxy.failedPushes.get()).as("a refused op is not sent again").isEqualTo(failedSoFar);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("within 30 s: " + what);
            }
            Thread.sleep(50);
        }
    }
}

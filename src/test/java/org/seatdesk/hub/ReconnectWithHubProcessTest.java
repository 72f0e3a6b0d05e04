package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.SyncEngine;

/// Issue "The console on a real desk": after the hub came back, seats needed 12 and 23 s to be
/// online again (their backoff had grown to its 30 s cap while the hub was away). A real hub is
/// stopped, stays away long enough for that backoff to grow, and is restarted on the same port and
/// data; a seat with the console's own backoff and options is online within 3 s of the restart.
class ReconnectWithHubProcessTest {

    @TempDir
    Path dir;

    @Test
    void everySeatIsOnlineWithinThreeSecondsOfTheHubsReturn() throws Exception {
        int port = HubProcess.freePort();
        HubProcess hub = HubProcess.start(dir.resolve("hub"), port, "--demo");
        List<TestSeat> seats = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) { // a few seats: one could be lucky with a long backoff, four hardly
                seats.add(new TestSeat(dir.resolve("t" + i), hub.base, "A00" + (i + 1), "T0" + (i + 1), Duration.ofSeconds(10),
                        Backoff.standard(new SplittableRandom(11 + i)), SyncEngine.Options.standard()).started());
            }
            for (TestSeat seat : seats) {
                await(seat.status::isOnline, Duration.ofSeconds(20), "online at first");
            }

            hub.close();
            for (TestSeat seat : seats) {
                await(() -> !seat.status.isOnline(), Duration.ofSeconds(40), "offline once the hub is gone");
            }
            Thread.sleep(12_000); // the failures pile up: the old backoff would wait up to 16 s and more by now

            hub = HubProcess.start(dir.resolve("hub"), port, "--demo");
            long back = System.nanoTime();
            for (TestSeat seat : seats) {
                await(seat.status::isOnline, Duration.ofSeconds(40), "online again");
            }
            Duration took = Duration.ofNanos(System.nanoTime() - back);
            assertThat(took).as("the last seat online again after the hub's return").isLessThan(Duration.ofSeconds(3));
        } finally {
            seats.forEach(TestSeat::close);
            hub.close();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration within, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("within " + within + ": " + what);
            }
            Thread.sleep(20);
        }
    }
}

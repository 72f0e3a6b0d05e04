package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.TestData;

/// Sync principles 1 and 2 across a seat crash: a seat process commits tickets locally, pushes
/// some, and is killed with SIGKILL while it keeps saving tickets it never pushed. Restarted on
/// its H2 file, it pushes the rest; the hub then holds every acknowledged ticket exactly once.
class SeatKillTest {

    private static final String EOF = "\u0000EOF";
    private static final int ACKS_AFTER_READY = 10;

    @TempDir
    Path dir;

    @Test
    void principle1_aSeatKilledAfterLocalCommitsBeforePushPushesThemOnceAfterRestart() throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Path seatDir = dir.resolve("s07");
            List<String> lines = runSeatAndKill(seatDir, hub);
            List<UUID> acknowledged = lines.stream().filter(l -> l.startsWith(SeatUntilKilled.ACK))
                    .map(l -> UUID.fromString(l.substring(SeatUntilKilled.ACK.length()))).toList();
            int pushedAcks = SeatUntilKilled.PER_ROUND * SeatUntilKilled.PUSH_ROUNDS;
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(pushedAcks + SeatUntilKilled.PER_ROUND + ACKS_AFTER_READY);

            HubClient api = new HubClient(hub.base);
            String hq = api.token("M001");
            HubLedger before = HubLedger.read(api, hq);
            List<UUID> unpushed = acknowledged.subList(pushedAcks, acknowledged.size());
            assertThat(unpushed).as("committed at the seat, never pushed").allSatisfy(id -> assertThat(before.creates(id)).isZero());

            try (TestSeat restarted = new TestSeat(seatDir, hub.base, "A001", "T07")) {
                assertThat(TestData.outboxRows(restarted.db)).as("the outbox survived the kill")
                        .isGreaterThanOrEqualTo(unpushed.size());
                restarted.engine.syncOnce();
                assertThat(TestData.outboxRows(restarted.db)).isZero();
                assertThat(TestData.rejectedText(restarted.db)).isEqualTo("[]");
                restarted.engine.syncOnce(); // a second round replays nothing
            }
            HubLedger.read(api, hq).assertEachTicketExactlyOnce(acknowledged);
        }
    }

    /// Runs {@link SeatUntilKilled} until it has saved {@link #ACKS_AFTER_READY} tickets after
    /// `READY`, kills it with SIGKILL and returns every line it printed.
    private List<String> runSeatAndKill(Path seatDir, HubProcess hub) throws IOException, InterruptedException {
        Path stderr = dir.resolve("seat.err");
        List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                SeatUntilKilled.class.getName(), seatDir.toString(), hub.base.toString(), "A001", "T07");
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().daemon().name("seat-kill-stdout").start(() -> {
            try (BufferedReader in = child.inputReader(StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    queue.add(line);
                }
            } catch (IOException ignored) {
                // the pipe breaks when the child dies
            } finally {
                queue.add(EOF);
            }
        });
        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int afterReady = -1;
        try {
            while (afterReady < ACKS_AFTER_READY) {
                String line = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null || EOF.equals(line)) {
                    throw new AssertionError("seat " + (line == null ? "too slow" : "ended early") + " after "
                            + lines.size() + " lines; stderr:\n" + Files.readString(stderr));
                }
                lines.add(line);
                if (line.equals(SeatUntilKilled.READY)) {
                    afterReady = 0;
                } else if (afterReady >= 0) {
                    afterReady++;
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        reader.join(TimeUnit.SECONDS.toMillis(20));
        for (String line = queue.poll(); line != null && !EOF.equals(line); line = queue.poll()) {
            lines.add(line); // printed before the kill: acknowledged as well
        }
        return lines;
    }
}

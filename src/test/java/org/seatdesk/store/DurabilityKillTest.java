package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.store.jooq.Tables.OUTBOX;
import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_COUNTER;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.TicketEvent;

/// design.md, durability facts: an acknowledged save must survive `kill -9`. A child JVM saves
/// through the real services and prints each acknowledgement after the call returned; this test
/// kills it with SIGKILL mid-stream, reopens the H2 file and looks for every acknowledged save.
class DurabilityKillTest {

    private static final int ACKS_PER_ROUND = 300;
    private static final int ROUNDS = 3;
    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(60);
    private static final String EOF = "\u0000EOF";

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedTicketSurvivesKillNineWithItsEventAndOutboxOperationAcrossRestarts() throws Exception {
        Set<String> acknowledged = new HashSet<>();
        for (int round = 1; round <= ROUNDS; round++) {
            // each round restarts on the database the previous kill left behind: recovery must work
            List<String> lines = runAndKill(List.of("tickets", dir.toString(), "S07"),
                    seen -> seen.stream().filter(l -> l.startsWith(SaveUntilKilled.ACK)).count() >= ACKS_PER_ROUND,
                    "round " + round);
            List<String> numbers = lines.stream().filter(l -> l.startsWith(SaveUntilKilled.ACK))
                    .map(l -> l.substring(SaveUntilKilled.ACK.length())).toList();
            assertThat(numbers).as("acknowledgements in round %d", round).hasSizeGreaterThanOrEqualTo(ACKS_PER_ROUND);
            assertThat(acknowledged).as("numbers are never reused after a kill").doesNotContainAnyElementsOf(numbers);
            acknowledged.addAll(numbers);

            try (Database db = Database.openFile(dir, "seat")) {
                Map<String, UUID> stored = db.dsl().select(TICKET.NUMBER, TICKET.ID).from(TICKET)
                        .fetchMap(TICKET.NUMBER, TICKET.ID);
                assertThat(stored.keySet()).as("after kill %d", round).containsAll(acknowledged);

                Set<UUID> created = new HashSet<>(db.dsl().select(TICKET_EVENT.TICKET_ID).from(TICKET_EVENT)
                        .where(TICKET_EVENT.KIND.eq(TicketEvent.Kind.CREATED.name())).fetch(TICKET_EVENT.TICKET_ID));
                Set<UUID> queued = new HashSet<>(db.dsl().select(OUTBOX.ENTITY_ID).from(OUTBOX)
                        .where(OUTBOX.ENTITY.eq("ticket").and(OUTBOX.OP_KIND.eq(OutboxOperation.Kind.CREATE.name())))
                        .fetch(OUTBOX.ENTITY_ID));
                for (String number : acknowledged) {
                    assertThat(created).as("CREATED event of %s", number).contains(stored.get(number));
                    assertThat(queued).as("outbox operation of %s", number).contains(stored.get(number));
                }
                // nothing half-written either: one event and one operation per ticket, counters match rows
                assertThat(TestData.count(db, TICKET_EVENT)).isEqualTo(stored.size());
                assertThat(TestData.outboxRows(db)).isEqualTo(2 * stored.size()); // CREATE + the CREATED event's APPEND
                assertThat(db.dsl().select(org.jooq.impl.DSL.sum(TICKET_COUNTER.LAST_VALUE)).from(TICKET_COUNTER)
                        .fetchOne(0, Integer.class)).isEqualTo(stored.size());
            }
        }
    }

    @Test
    void acknowledgedDraftSurvivesKillNineIdentical() throws Exception {
        UUID agent = UUID.randomUUID();
        List<String> lines = runAndKill(List.of("draft", dir.toString(), agent.toString()),
                seen -> seen.contains(SaveUntilKilled.SAVED)
                        && seen.stream().filter(l -> l.startsWith(SaveUntilKilled.SAVED_OTHER)).count() >= 50,
                "draft");
        long lastOther = lines.stream().filter(l -> l.startsWith(SaveUntilKilled.SAVED_OTHER))
                .mapToLong(l -> Long.parseLong(l.substring(SaveUntilKilled.SAVED_OTHER.length()))).max().orElseThrow();

        try (Database db = Database.openFile(dir, "seat")) {
            JooqDraftRepository drafts = new JooqDraftRepository(db, java.time.Clock.systemUTC());
            assertThat(drafts.load(agent)).contains(Fixtures.halfTypedDraft());
            // the draft being overwritten at the kill is the last acknowledged one or the one after it
            assertThat(drafts.load(SaveUntilKilled.OTHER_STAFF)).hasValueSatisfying(other -> assertThat(other)
                    .isIn(SaveUntilKilled.numbered(Fixtures.completeDraft(), lastOther),
                            SaveUntilKilled.numbered(Fixtures.completeDraft(), lastOther + 1)));
        }
    }

    /// Starts the child, waits until `enough` holds for its stdout lines, kills it with SIGKILL and
    /// returns every line it printed, including those still in the pipe when it died.
    private List<String> runAndKill(List<String> args, Predicate<List<String>> enough, String label)
            throws IOException, InterruptedException {
        Path stderr = dir.resolve(label.replace(" ", "-") + ".err");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                SaveUntilKilled.class.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();

        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().daemon().name("kill-test-stdout").start(() -> {
            try (BufferedReader in = child.inputReader(StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    queue.add(line);
                }
            } catch (IOException ignored) {
                // the pipe breaks when the child dies: end of output
            } finally {
                queue.add(EOF);
            }
        });

        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + ROUND_TIMEOUT.toNanos();
        try {
            while (!enough.test(lines)) {
                String line = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null || EOF.equals(line)) {
                    throw new AssertionError(label + ": child " + (line == null ? "too slow" : "ended early")
                            + " after " + lines.size() + " lines; stderr:\n" + tail(stderr));
                }
                lines.add(line);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no H2 close
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("child exited").isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        reader.join(TimeUnit.SECONDS.toMillis(20));
        for (String line = queue.poll(); line != null && !EOF.equals(line); line = queue.poll()) {
            lines.add(line); // printed before the kill: acknowledged as well
        }
        return lines;
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "(none)";
        }
        String text = Files.readString(file);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }
}

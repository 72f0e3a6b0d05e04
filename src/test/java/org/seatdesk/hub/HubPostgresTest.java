package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.ticket.Ticket;

/// The hub on PostgreSQL (its production database), in a real process, in a schema of its own
/// that is dropped afterwards. Needs SEATDESK_TEST_PG_URL (`.ci/run` sets it); skipped, saying
/// so, without it.
class HubPostgresTest {

    static final String URL_VARIABLE = "SEATDESK_TEST_PG_URL";

    @TempDir
    static Path dir;
    static String baseUrl;
    static String schema;
    static HubProcess hub;
    static HubClient client;

    @BeforeAll
    static void startHubOnPostgres() throws Exception {
        baseUrl = System.getenv(URL_VARIABLE);
        if (baseUrl == null || baseUrl.isBlank()) {
            System.err.println("HubPostgresTest skipped: " + URL_VARIABLE + " is not set (bash .ci/run sets it)");
        }
        Assumptions.assumeTrue(baseUrl != null && !baseUrl.isBlank(),
                URL_VARIABLE + " is not set: PostgreSQL hub tests skipped (bash .ci/run starts PostgreSQL and sets it)");
        schema = "hub_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        hub = HubProcess.start(dir.resolve("hub"), "--demo", "--db", url);
        client = new HubClient(hub.base);
    }

    @AfterAll
    static void stopHubAndDropSchema() throws Exception {
        if (hub != null) {
            hub.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void theCoreFlowWorksOnPostgres() throws Exception {
        assertThat(client.get("/health", null).json().get("database").asText()).isEqualTo("postgresql");
        assertThat(client.login("A001", "nope").status()).isEqualTo(401);
        HubClient.Reply login = client.login("A001", "demo");
        String agent = login.json().get("token").asText();
        UUID agentId = UUID.fromString(login.json().get("staffId").asText());
        long before = client.last(agent);

        try (HubClient.EventStream stream = client.events(client.token("A002"), null)) {
            Ticket ticket = Ops.ticket(agentId, "CN-GD");
            List<ObjectNode> batch = List.of(Ops.create(ticket), Ops.event(ticket, agentId, "李晓燕", ticket.number()));
            JsonNode first = client.push(agent, batch).json();
            List<Long> seqs = HubClient.seqs(first, "accepted");
            assertThat(seqs).hasSize(2);
            assertThat(HubClient.seqs(client.push(agent, batch).json(), "duplicate")).isEqualTo(seqs);

            JsonNode page = client.changes(agent, before, 100).json();
            assertThat(page.get("changes")).extracting(c -> c.get("seq").asLong()).containsExactlyElementsOf(seqs);
            assertThat(stream.nextChange(Duration.ofSeconds(5)).get("seq").asLong()).isEqualTo(seqs.get(0));
            assertThat(stream.nextChange(Duration.ofSeconds(5)).get("seq").asLong()).isEqualTo(seqs.get(1));
        }
        assertThat(client.changes(agent, 0, 5000).status()).isEqualTo(400);
    }

    /// Design principle 3: with a naive sequence, a transaction that took seq 7 but commits after
    /// the one that took seq 8 is skipped by a reader that already moved its cursor to 8. Many
    /// concurrent pushers and one reader polling `after=cursor`: the reader must see every
    /// sequence number exactly once.
    @Test
    void concurrentPushersNeverMakeAPollingReaderSkipAChange() throws Exception {
        int pushers = 8;
        int batchesEach = 25;
        int ticketsPerBatch = 4;
        List<String> tokens = new ArrayList<>();
        List<UUID> staffIds = new ArrayList<>();
        for (int i = 1; i <= pushers; i++) {
            HubClient.Reply login = client.login(String.format("A%03d", i), "demo");
            tokens.add(login.json().get("token").asText());
            staffIds.add(UUID.fromString(login.json().get("staffId").asText()));
        }
        String readerToken = client.token("C001");
        long start = client.last(readerToken);

        ConcurrentLinkedQueue<Long> accepted = new ConcurrentLinkedQueue<>();
        List<Long> read = new ArrayList<>();
        AtomicBoolean pushing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(pushers + 1);
        try {
            Future<?> reader = pool.submit(() -> {
                long cursor = start;
                boolean finalRound = false;
                while (true) {
                    boolean wasPushing = pushing.get();
                    JsonNode page = client.changes(readerToken, cursor, 1000).json();
                    page.get("changes").forEach(c -> read.add(c.get("seq").asLong()));
                    cursor = page.get("last").asLong();
                    if (!page.get("hasMore").asBoolean() && !wasPushing) {
                        if (finalRound) {
                            return null;
                        }
                        finalRound = true;
                    }
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int p = 0; p < pushers; p++) {
                String token = tokens.get(p);
                UUID staffId = staffIds.get(p);
                writers.add(pool.submit(() -> {
                    for (int b = 0; b < batchesEach; b++) {
                        List<ObjectNode> batch = new ArrayList<>();
                        for (int t = 0; t < ticketsPerBatch; t++) {
                            batch.add(Ops.create(Ops.ticket(staffId, "CN")));
                        }
                        JsonNode results = client.push(token, batch).json();
                        List<Long> seqs = HubClient.seqs(results, "accepted");
                        assertThat(seqs).as(results.toString()).hasSize(ticketsPerBatch);
                        accepted.addAll(seqs);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            pushing.set(false);
            reader.get();
        } finally {
            pool.shutdown();
        }
        int total = pushers * batchesEach * ticketsPerBatch;
        assertThat(accepted).hasSize(total).doesNotHaveDuplicates();
        assertThat(read).as("the reader saw every change exactly once, in order")
                .containsExactlyElementsOf(LongStream.rangeClosed(start + 1, start + total).boxed().toList());
        assertThat(read).containsExactlyInAnyOrderElementsOf(accepted);
    }
}

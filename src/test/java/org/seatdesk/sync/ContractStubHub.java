package org.seatdesk.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/// A STAND-IN for the hub, in test sources only: a small real HTTP server (the JDK's own) that
/// speaks docs/hub-api.md closely enough to test the seat's sync client at the protocol level
/// (login, push with per-op answers, paged feed, server-sent events, error bodies) and that
/// can be made to fail on purpose. It is NOT the hub: no durability, no roles, no regions, one
/// in-memory feed. When the real hub (org.seatdesk.hub) lands, integration tests run the real
/// hub process instead, and these tests keep only what the stand-in is uniquely good at
/// (faults at exact points of the exchange).
///
/// Its state lives in a {@link State} that survives {@link #stop()} and {@link #restart()}, like a
/// hub's database survives a hub process.
public final class ContractStubHub implements AutoCloseable {

    /// The hub's durable part: what was applied, in feed order.
    public static final class State {
        final Map<String, String> passwords = new HashMap<>(Map.of("A001", "demo", "A002", "demo"));
        final Map<String, String> tokens = new HashMap<>();
        public final Map<UUID, Long> appliedOps = new HashMap<>();
        final Map<UUID, ObjectNode> tickets = new HashMap<>();
        public final List<ObjectNode> feed = new ArrayList<>();
        final AtomicInteger pushRequests = new AtomicInteger();
        final AtomicInteger largestBatch = new AtomicInteger();
        final AtomicInteger loginRequests = new AtomicInteger();
        long seq;
    }

    private static final ObjectMapper JSON = Payloads.mapper();

    private final State state;
    private final int port;
    private HttpServer server;
    private ExecutorService threads;
    private volatile boolean stopped;
    private volatile Thread dying;

    // Faults, each for the next matching request only.
    volatile boolean cutNextPushAnswer;
    volatile int answerOnlyFirst = Integer.MAX_VALUE; // answers beyond this many are left out
    volatile int failNextRequestsWith; // an HTTP status, 0 for none
    volatile boolean failEveryPush; // 500 internal to every push, as a hub whose writes all fail
    volatile String failNextRequestCode;
    volatile String retryAfterSeconds;
    volatile Instant serverTime;
    volatile long heartbeatMillis = 15_000;

    private ContractStubHub(State state, int port) throws IOException {
        this.state = state;
        this.port = port;
        start();
    }

    public static ContractStubHub start(State state) throws IOException {
        return new ContractStubHub(state, 0);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public State state() {
        return state;
    }

    /// Like `kill -9` of a hub process: every connection drops, nothing answers.
    void stop() {
        stopped = true;
        synchronized (state) {
            state.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }

    /// A new hub process on the same port and the same state.
    void restart() throws IOException {
        awaitDeath();
        stopped = false;
        start();
    }

    private void start() throws IOException {
        int bindTo = server == null ? port : server.getAddress().getPort();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), bindTo), 50);
        threads = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(threads);
        server.createContext("/health", ex -> answer(ex, 200, JSON.createObjectNode().put("status", "ok")));
        server.createContext("/api/v1/login", this::login);
        server.createContext("/api/v1/push", ex -> authorised(ex, this::push));
        server.createContext("/api/v1/changes", ex -> authorised(ex, this::changes));
        server.createContext("/api/v1/events", ex -> authorised(ex, this::events));
        server.start();
    }

    /// Waits until a hub killed mid-answer is fully down.
    void awaitDeath() {
        Thread t = dying;
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        awaitDeath();
        if (!stopped) {
            stop();
        }
    }

    /// Appends a change to the feed as if another seat had pushed it.
    public long publish(String entity, UUID entityId, String kind, int version, JsonNode payload) {
        synchronized (state) {
            long seq = ++state.seq;
            ObjectNode change = JSON.createObjectNode();
            change.put("seq", seq).put("entity", entity).put("entityId", entityId.toString()).put("kind", kind)
                    .put("version", version).set("payload", payload);
            state.feed.add(change);
            state.notifyAll();
            return seq;
        }
    }

    /// Every token stops working, as after the hub's 12 hours.
    void expireTokens() {
        synchronized (state) {
            state.tokens.clear();
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange, String staffNo) throws IOException;
    }

    private boolean injectedFailure(HttpExchange ex) throws IOException {
        int status = failNextRequestsWith;
        if (status == 0) {
            return false;
        }
        failNextRequestsWith = 0;
        if (retryAfterSeconds != null) {
            ex.getResponseHeaders().add("Retry-After", retryAfterSeconds);
        }
        error(ex, status, failNextRequestCode, "injected by the test");
        return true;
    }

    private void login(HttpExchange ex) throws IOException {
        state.loginRequests.incrementAndGet();
        if (injectedFailure(ex)) {
            return;
        }
        JsonNode body = JSON.readTree(ex.getRequestBody());
        String staffNo = body.path("staffNo").asText();
        String token;
        synchronized (state) {
            if (!body.path("password").asText().equals(state.passwords.get(staffNo))) {
                error(ex, 401, "bad_credentials", "staff ID or password is wrong");
                return;
            }
            token = UUID.randomUUID().toString();
            state.tokens.put(token, staffNo);
        }
        ObjectNode answer = JSON.createObjectNode().put("token", token).put("expiresAt", now().plusSeconds(43_200).toString())
                .put("staffId", UUID.nameUUIDFromBytes(staffNo.getBytes(StandardCharsets.UTF_8)).toString())
                .put("staffNo", staffNo).put("name", "李晓燕").put("role", "AGENT").put("region", "CN").put("deskId", "HQ")
                .put("serverTime", now().toString());
        answer(ex, 200, answer);
    }

    private void authorised(HttpExchange ex, Handler handler) throws IOException {
        if (injectedFailure(ex)) {
            return;
        }
        String header = ex.getRequestHeaders().getFirst("Authorization");
        String staffNo = null;
        if (header != null && header.startsWith("Bearer ")) {
            synchronized (state) {
                staffNo = state.tokens.get(header.substring(7));
            }
        }
        if (staffNo == null) {
            error(ex, 401, "unauthenticated", "no, unknown or expired token");
            return;
        }
        handler.handle(ex, staffNo);
    }

    private void push(HttpExchange ex, String staffNo) throws IOException {
        state.pushRequests.incrementAndGet();
        if (failEveryPush) {
            ex.getRequestBody().readAllBytes(); // read, or the JDK server holds the connection for a while
            error(ex, 500, "internal", "the hub could not complete the request");
            return;
        }
        JsonNode ops;
        try {
            ops = JSON.readTree(ex.getRequestBody()).get("ops");
        } catch (IOException e) {
            error(ex, 400, "malformed_json", "not JSON");
            return;
        }
        if (ops == null || !ops.isArray()) {
            error(ex, 400, "invalid_request", "ops is missing");
            return;
        }
        if (ops.size() > 500) {
            error(ex, 400, "batch_too_large", "at most 500 operations, was " + ops.size());
            return;
        }
        state.largestBatch.accumulateAndGet(ops.size(), Math::max);
        ArrayNode results = JSON.createArrayNode();
        synchronized (state) {
            for (JsonNode op : ops) {
                if (results.size() < answerOnlyFirst) {
                    results.add(apply(op, staffNo));
                }
            }
        }
        if (cutNextPushAnswer) {
            // Applied and "committed", then the hub process dies half-way through its answer.
            cutNextPushAnswer = false;
            ex.sendResponseHeaders(200, 10_000);
            OutputStream out = ex.getResponseBody();
            out.write("{\"results\":[".getBytes(StandardCharsets.UTF_8));
            out.flush();
            dying = Thread.ofPlatform().start(this::stop);
            return;
        }
        answer(ex, 200, JSON.createObjectNode().set("results", results));
    }

    /// Holds the state's lock.
    private ObjectNode apply(JsonNode op, String staffNo) {
        UUID opId = UUID.fromString(op.path("opId").asText());
        ObjectNode result = JSON.createObjectNode().put("opId", opId.toString());
        Long seen = state.appliedOps.get(opId);
        if (seen != null) {
            return result.put("status", "duplicate").put("seq", seen);
        }
        String entity = op.path("entity").asText();
        String kind = op.path("kind").asText();
        UUID entityId = UUID.fromString(op.path("entityId").asText());
        JsonNode payload = op.path("payload");
        int version;
        switch (entity + " " + kind) {
            case "ticket CREATE" -> {
                ObjectNode ticket = payload.deepCopy();
                ticket.put("version", 1);
                state.tickets.put(entityId, ticket);
                version = 1;
                payload = ticket;
            }
            case "ticket UPDATE" -> {
                ObjectNode ticket = state.tickets.get(entityId);
                if (ticket == null) {
                    return result.put("status", "rejected").put("reason", "not_found").put("message", "no such ticket");
                }
                int base = op.path("baseVersion").asInt();
                JsonNode changes = payload.path("changes");
                JsonNode previous = payload.path("previous");
                ArrayNode conflicts = JSON.createArrayNode();
                if (ticket.path("version").asInt() > base) {
                    changes.properties().forEach(f -> {
                        JsonNode theirs = ticket.path(f.getKey());
                        if (!theirs.equals(previous.path(f.getKey())) && !theirs.equals(f.getValue())) {
                            conflicts.add(JSON.createObjectNode().put("field", f.getKey())
                                    .<ObjectNode>set("mine", f.getValue()).<ObjectNode>set("theirs", theirs)
                                    .put("theirsBy", "A002"));
                        }
                    });
                }
                if (!conflicts.isEmpty()) {
                    return result.put("status", "conflict").set("conflicts", conflicts);
                }
                changes.properties().forEach(f -> ticket.set(f.getKey(), f.getValue()));
                version = ticket.path("version").asInt() + 1;
                ticket.put("version", version);
                // docs/hub-api.md: an UPDATE's feed payload is {"changes": …, "ticket": …the whole ticket after…}
                ObjectNode update = JSON.createObjectNode();
                update.set("changes", changes.deepCopy());
                update.set("ticket", ticket.deepCopy());
                payload = update;
            }
            case "ticket_event APPEND", "call_record CREATE" -> version = 1;
            default -> {
                return result.put("status", "rejected").put("reason", "unknown_operation")
                        .put("message", entity + " " + kind + " is not an operation of API v1");
            }
        }
        long seq = publish(entity, entityId, kind, version, payload);
        state.appliedOps.put(opId, seq);
        return result.put("status", "accepted").put("seq", seq);
    }

    private void changes(HttpExchange ex, String staffNo) throws IOException {
        Map<String, String> query = query(ex.getRequestURI());
        long after = Long.parseLong(query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "500"));
        if (limit < 1 || limit > 1000) {
            error(ex, 400, "page_too_large", "limit must be between 1 and 1000, was " + limit);
            return;
        }
        ArrayNode page = JSON.createArrayNode();
        long last = after;
        boolean hasMore;
        synchronized (state) {
            for (ObjectNode change : state.feed) {
                if (change.path("seq").asLong() > after && page.size() < limit) {
                    page.add(change);
                    last = change.path("seq").asLong();
                }
            }
            hasMore = state.seq > last;
        }
        answer(ex, 200, JSON.createObjectNode().<ObjectNode>set("changes", page).put("last", last)
                .put("hasMore", hasMore).put("serverTime", now().toString()));
    }

    /// Replays what the caller missed (at most one page), then sends each new change as it comes.
    private void events(HttpExchange ex, String staffNo) throws IOException {
        long cursor = Long.parseLong(query(ex.getRequestURI()).getOrDefault("after", "0"));
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            long lastBeat = System.currentTimeMillis();
            while (!stopped) {
                List<ObjectNode> fresh = new ArrayList<>();
                synchronized (state) {
                    for (ObjectNode change : state.feed) {
                        if (change.path("seq").asLong() > cursor && fresh.size() < 500) {
                            fresh.add(change);
                        }
                    }
                    if (fresh.isEmpty()) {
                        try {
                            state.wait(Math.max(1, heartbeatMillis - (System.currentTimeMillis() - lastBeat)));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                for (ObjectNode change : fresh) {
                    out.write(("event: change\nid: " + change.path("seq").asLong() + "\ndata: "
                            + JSON.writeValueAsString(change) + "\n\n").getBytes(StandardCharsets.UTF_8));
                    cursor = change.path("seq").asLong();
                }
                if (System.currentTimeMillis() - lastBeat >= heartbeatMillis) {
                    out.write("event: heartbeat\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
                    lastBeat = System.currentTimeMillis();
                }
                out.flush();
            }
        } catch (IOException clientLeft) {
            // the seat closed the stream
        }
    }

    private Instant now() {
        return serverTime != null ? serverTime : Instant.now();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return params;
    }

    private static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        answer(ex, status, JSON.createObjectNode().put("error", code).put("message", message));
    }

    private static void answer(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}

package org.seatdesk.hub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/// The hub API over java.net.http, as a test sees it: raw status codes and JSON.
final class HubClient {

    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http;
    final URI base;

    HubClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /// Connecting from `local` (another loopback address, 127.0.0.2 …): to the hub, another client.
    HubClient(URI base, java.net.InetAddress local) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).localAddress(local).build();
    }

    record Reply(int status, String body, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Reply login(String staffNo, String password) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("staffNo", staffNo).put("password", password);
        return post("/api/v1/login", null, body.toString());
    }

    String token(String staffNo) throws IOException, InterruptedException {
        Reply reply = login(staffNo, "demo");
        if (reply.status() != 200) {
            throw new AssertionError("login of " + staffNo + " failed: " + reply.status() + " " + reply.body());
        }
        return reply.json().get("token").asText();
    }

    Reply post(String path, String token, String body) throws IOException, InterruptedException {
        return post(path, token, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    Reply post(String path, String token, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Reply get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body(), response);
    }

    Reply push(String token, List<ObjectNode> ops) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("ops").addAll(ops);
        return post("/api/v1/push", token, body.toString());
    }

    Reply changes(String token, long after, int limit) throws IOException, InterruptedException {
        return get("/api/v1/changes?after=" + after + "&limit=" + limit, token);
    }

    /// The highest cursor an HQ caller may store now.
    long last(String token) throws IOException, InterruptedException {
        long after = 0;
        while (true) {
            JsonNode page = changes(token, after, 1000).json();
            after = page.get("last").asLong();
            if (!page.get("hasMore").asBoolean()) {
                return after;
            }
        }
    }

    /// An open event stream: every line the hub sends, in order, plus the raw text.
    final class EventStream implements AutoCloseable {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuilder raw = new StringBuilder();
        private final InputStream body;
        final int status;

        EventStream(HttpResponse<InputStream> response) {
            this.status = response.statusCode();
            this.body = response.body();
            Thread.ofPlatform().daemon().name("test-sse").start(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        synchronized (raw) {
                            raw.append(line).append('\n');
                        }
                        lines.add(line);
                    }
                } catch (IOException closed) {
                    // closed by the test
                }
            });
        }

        /// The next `change` event's JSON, or null after `timeout`.
        JsonNode nextChange(Duration timeout) throws InterruptedException, IOException {
            long deadline = System.nanoTime() + timeout.toNanos();
            String event = null;
            while (true) {
                String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    return null;
                }
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "change".equals(event)) {
                    return JSON.readTree(line.substring(5).strip());
                }
            }
        }

        String raw() {
            synchronized (raw) {
                return raw.toString();
            }
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    EventStream events(String token, Long after) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/events" + (after == null ? "" : "?after=" + after)))
                .header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return new EventStream(http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    static List<Long> seqs(JsonNode results, String status) {
        List<Long> out = new ArrayList<>();
        results.get("results").forEach(r -> {
            if (r.get("status").asText().equals(status)) {
                out.add(r.get("seq").asLong());
            }
        });
        return out;
    }
}

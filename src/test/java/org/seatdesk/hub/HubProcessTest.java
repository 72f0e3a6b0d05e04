package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.ticket.Ticket;

/// A real hub process on its embedded H2 database, seeded with the demo centre, driven over HTTP
/// exactly as a seat would (docs/hub-api.md). One process for the whole class.
class HubProcessTest {

    @TempDir
    static Path dir;
    static HubProcess hub;
    static HubClient client;
    static String agent;
    static UUID agentId;

    @BeforeAll
    static void startHub() throws Exception {
        hub = HubProcess.start(dir.resolve("hub"), "--demo");
        client = new HubClient(hub.base);
        HubClient.Reply login = client.login("A001", "demo");
        agent = login.json().get("token").asText();
        agentId = UUID.fromString(login.json().get("staffId").asText());
    }

    @AfterAll
    static void stopHub() throws Exception {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void healthSaysVersionAndDatabase() throws Exception {
        JsonNode health = client.get("/health", null).json();
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("database").asText()).isEqualTo("h2");
        assertThat(health.get("version").asText()).isNotBlank();
    }

    @Test
    void loginGivesATokenOnlyForTheRightPassword() throws Exception {
        HubClient.Reply good = client.login("A002", "demo");
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("token").asText()).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64url
        assertThat(good.json().get("role").asText()).isEqualTo("AGENT");

        HubClient.Reply bad = client.login("A002", "wrong");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.json().get("error").asText()).isEqualTo("bad_credentials");
    }

    @Test
    void repeatedFailedLoginsAreThrottledWithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(client.login("A013", "wrong").status()).isEqualTo(401);
        }
        HubClient.Reply throttled = client.login("A013", "demo"); // even the right password waits
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("error").asText()).isEqualTo("throttled");
        assertThat(throttled.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Long.parseLong(v)).isBetween(1L, 60L));
    }

    /// ADR 0036: whoever knows a staff number could lock its owner out (three wrong passwords, then
    /// 429 even to the right one, for as long as the wrong ones kept coming). Now the throttle is
    /// per client address: another client's 50 wrong passwords do not stop the person at a seat.
    @Test
    void theRightPasswordLogsInFromASeatAfterFiftyWrongOnesFromAnotherClient() throws Exception {
        HubClient attacker = new HubClient(hub.base, java.net.InetAddress.getByName("127.0.0.2"));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            HubClient.Reply reply = attacker.login("A014", "guess-" + i);
            statuses.add(reply.status());
            if (reply.status() == 429) {
                assertThat(reply.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                        v -> assertThat(Long.parseLong(v)).as("a capped delay").isBetween(1L, 60L));
            }
        }
        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.subList(0, 3)).containsOnly(401);
        assertThat(statuses.subList(3, 50)).as("the attacker's address is throttled").containsOnly(429);
        assertThat(attacker.login("A014", "demo").status()).as("even its right password waits").isEqualTo(429);

        HubClient.Reply seat = client.post("/api/v1/login", null, HubClient.JSON.createObjectNode()
                .put("staffNo", "A014").put("password", "demo").put("seatCode", "S16").toString());
        assertThat(seat.status()).as("the person at the seat logs in: %s", seat.body()).isEqualTo(200);
        assertThat(seat.json().get("staffNo").asText()).isEqualTo("A014");
    }

    @Test
    void aPushedTicketAndItsEventAreAppliedOnceEvenWhenPushedTwice() throws Exception {
        Ticket ticket = Ops.ticket(agentId, "CN");
        List<ObjectNode> batch = List.of(Ops.create(ticket), Ops.event(ticket, agentId, "李晓燕", ticket.number()));
        long before = client.last(agent);

        JsonNode first = client.push(agent, batch).json();
        assertThat(first.get("results")).extracting(r -> r.get("status").asText()).containsExactly("accepted", "accepted");
        List<Long> seqs = HubClient.seqs(first, "accepted");
        assertThat(seqs.get(1)).isEqualTo(seqs.get(0) + 1);

        JsonNode again = client.push(agent, batch).json();
        assertThat(again.get("results")).extracting(r -> r.get("status").asText()).containsExactly("duplicate", "duplicate");
        assertThat(HubClient.seqs(again, "duplicate")).isEqualTo(seqs);

        JsonNode page = client.changes(agent, before, 1000).json();
        assertThat(page.get("changes")).extracting(c -> c.get("seq").asLong()).containsExactlyElementsOf(seqs);
        assertThat(page.get("changes").get(0).get("payload").get("contactPhone").asText()).isEqualTo("13812345678");
        assertThat(page.get("last").asLong()).isEqualTo(seqs.get(1));
        assertThat(page.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void theChangeFeedIsPagedByCursor() throws Exception {
        long before = client.last(agent);
        List<ObjectNode> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(Ops.create(Ops.ticket(agentId, "CN-GD")));
        }
        client.push(agent, batch);
        List<Long> seen = new ArrayList<>();
        long cursor = before;
        boolean more = true;
        while (more) {
            JsonNode page = client.changes(agent, cursor, 2).json();
            page.get("changes").forEach(c -> seen.add(c.get("seq").asLong()));
            cursor = page.get("last").asLong();
            more = page.get("hasMore").asBoolean();
        }
        assertThat(seen).hasSize(5).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anEventStreamOpenedBeforeAPushReceivesTheChange() throws Exception {
        try (HubClient.EventStream stream = client.events(client.token("A002"), null)) {
            assertThat(stream.status).isEqualTo(200);
            Ticket ticket = Ops.ticket(agentId, "CN-ZJ");
            long seq = HubClient.seqs(client.push(agent, List.of(Ops.create(ticket))).json(), "accepted").getFirst();
            JsonNode change = stream.nextChange(Duration.ofSeconds(5));
            assertThat(change).isNotNull();
            assertThat(change.get("seq").asLong()).isEqualTo(seq);
            assertThat(change.get("entityId").asText()).isEqualTo(ticket.id().toString());
        }
    }

    @Test
    void anEventStreamReplaysWhatWasMissedAfterItsCursor() throws Exception {
        long before = client.last(agent);
        Ticket ticket = Ops.ticket(agentId, "CN");
        long seq = HubClient.seqs(client.push(agent, List.of(Ops.create(ticket))).json(), "accepted").getFirst();
        try (HubClient.EventStream stream = client.events(agent, before)) {
            JsonNode change = stream.nextChange(Duration.ofSeconds(5));
            assertThat(change.get("seq").asLong()).isEqualTo(seq);
        }
    }

    @Test
    void badRequestsAreRefusedWithAReasonAndChangeNothing() throws Exception {
        long before = client.last(agent);

        HubClient.Reply malformed = client.post("/api/v1/push", agent, "{\"ops\": [");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("error").asText()).isEqualTo("malformed_json");

        byte[] huge = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        HubClient.Reply oversize = client.post("/api/v1/push", agent, HttpRequest.BodyPublishers.ofByteArray(huge));
        assertThat(oversize.status()).isEqualTo(413);
        assertThat(oversize.json().get("error").asText()).isEqualTo("body_too_large");

        List<ObjectNode> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(Ops.create(Ops.ticket(agentId, "CN")));
        }
        HubClient.Reply batch = client.push(agent, tooMany);
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.json().get("error").asText()).isEqualTo("batch_too_large");

        HubClient.Reply page = client.changes(agent, 0, 5000);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.json().get("error").asText()).isEqualTo("page_too_large");

        List<ObjectNode> valid = List.of(Ops.create(Ops.ticket(agentId, "CN")));
        HubClient.Reply noToken = client.push(null, valid);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().get("error").asText()).isEqualTo("unauthenticated");
        HubClient.Reply forged = client.push("x".repeat(43), valid);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(client.changes(null, 0, 10).status()).isEqualTo(401);
        assertThat(client.events("forged", null).status).isEqualTo(401);

        ObjectNode unknown = Ops.op("shift_swap", Ops.id(), "CREATE", 0, HubClient.JSON.createObjectNode());
        ObjectNode wrongKind = Ops.op("ticket", Ops.id(), "DELETE", 0, HubClient.JSON.createObjectNode());
        JsonNode rejected = client.push(agent, List.of(unknown, wrongKind)).json();
        assertThat(rejected.get("results")).allSatisfy(r -> {
            assertThat(r.get("status").asText()).isEqualTo("rejected");
            assertThat(r.get("reason").asText()).isEqualTo("unknown_operation");
        });

        HubClient.Reply missingField = client.post("/api/v1/push", agent, "{\"ops\":[{\"opId\":\"x\"}]}");
        assertThat(missingField.status()).isEqualTo(400);
        assertThat(missingField.json().get("error").asText()).isEqualTo("invalid_request");

        assertThat(client.last(agent)).as("nothing was applied").isEqualTo(before);
    }

    @Test
    void editsOfDifferentFieldsMergeAndTheSameFieldChangedTwiceIsAConflict() throws Exception {
        Ticket ticket = Ops.ticket(agentId, "CN");
        client.push(agent, List.of(Ops.create(ticket)));
        String other = client.token("A002");

        JsonNode phone = client.push(other, List.of(Ops.update(ticket.id(), 1, Map.of("contactPhone", "13700000000")))).json();
        assertThat(phone.at("/results/0/status").asText()).isEqualTo("accepted");

        // Based on version 1 as well, but another field: merged.
        JsonNode level = client.push(agent, List.of(Ops.update(ticket.id(), 1, Map.of("level", "URGENT")))).json();
        assertThat(level.at("/results/0/status").asText()).isEqualTo("accepted");

        // Based on version 1, the phone A002 changed since: a conflict, nothing written.
        long before = client.last(agent);
        JsonNode clash = client.push(agent, List.of(Ops.update(ticket.id(), 1, Map.of("contactPhone", "13600000000")))).json();
        assertThat(clash.at("/results/0/status").asText()).isEqualTo("conflict");
        assertThat(clash.at("/results/0/conflicts/0/field").asText()).isEqualTo("contactPhone");
        assertThat(clash.at("/results/0/conflicts/0/mine").asText()).isEqualTo("13600000000");
        assertThat(clash.at("/results/0/conflicts/0/theirs").asText()).isEqualTo("13700000000");
        assertThat(clash.at("/results/0/conflicts/0/theirsBy").asText()).isEqualTo("A002");
        assertThat(client.last(agent)).isEqualTo(before);

        JsonNode feed = client.changes(agent, before - 2, 10).json();
        JsonNode latest = feed.get("changes").get(1).get("payload").get("ticket");
        assertThat(latest.get("version").asInt()).isEqualTo(3);
        assertThat(latest.get("level").asText()).isEqualTo("URGENT");
        assertThat(latest.get("contactPhone").asText()).isEqualTo("13700000000");
    }

    @Test
    void aRegionalDeskSeesAndWritesOnlyItsRegion() throws Exception {
        HubClient.Reply login = client.login("A009", "demo"); // Guangdong desk
        String gd = login.json().get("token").asText();
        UUID gdId = UUID.fromString(login.json().get("staffId").asText());
        long before = client.last(agent);
        Ticket zj = Ops.ticket(agentId, "CN-ZJ");
        Ticket gdTicket = Ops.ticket(agentId, "CN-GD");
        client.push(agent, List.of(Ops.create(zj), Ops.create(gdTicket)));

        JsonNode page = client.changes(gd, before, 100).json();
        assertThat(page.get("changes")).extracting(c -> c.get("entityId").asText()).containsExactly(gdTicket.id().toString());
        assertThat(page.get("last").asLong()).isEqualTo(client.last(agent));

        JsonNode refused = client.push(gd, List.of(Ops.create(Ops.ticket(gdId, "CN-ZJ")),
                Ops.update(zj.id(), 1, Map.of("level", "URGENT")))).json();
        assertThat(refused.at("/results/0/reason").asText()).isEqualTo("forbidden");
        assertThat(refused.at("/results/1/reason").asText()).isEqualTo("not_found");
    }

    @Test
    void theWallNeverReceivesCustomerPersonalData() throws Exception {
        String person = "CANARYPERSON" + UUID.randomUUID().toString().substring(0, 8);
        String phone = "1390000" + (int) (Math.random() * 9000 + 1000);
        String address = "CANARYADDRESS-" + UUID.randomUUID();
        String description = "CANARYDESCRIPTION-" + UUID.randomUUID();
        String detail = "CANARYDETAIL-" + UUID.randomUUID();
        List<String> canaries = List.of(person, phone, address, description, detail);

        String wall = client.token("W001");
        long before = client.last(agent);
        try (HubClient.EventStream live = client.events(wall, null)) {
            Ticket ticket = Ops.ticket(agentId, "CN", "S07", person, phone, address, description);
            JsonNode pushed = client.push(agent, List.of(Ops.create(ticket), Ops.event(ticket, agentId, "李晓燕", detail),
                    Ops.update(ticket.id(), 1, Map.of("contactPhone", phone.replace("1390000", "1390001"), "description", description + "2")))).json();
            assertThat(HubClient.seqs(pushed, "accepted")).hasSize(3);

            // The agent sees them (the canaries are really there) ...
            assertThat(client.changes(agent, before, 100).body()).contains(person, phone, address, description, detail);

            // ... the wall, on every path, does not.
            assertThat(live.nextChange(Duration.ofSeconds(5))).isNotNull();
            assertThat(live.nextChange(Duration.ofSeconds(5))).isNotNull();
            JsonNode lastLive = live.nextChange(Duration.ofSeconds(5));
            assertThat(lastLive.get("payload").get("ticket").get("version").asInt()).isEqualTo(2);
            String wallFeed = client.changes(wall, before, 100).body();
            String replay;
            try (HubClient.EventStream replayed = client.events(wall, before)) {
                for (int i = 0; i < 3; i++) {
                    assertThat(replayed.nextChange(Duration.ofSeconds(5))).isNotNull();
                }
                replay = replayed.raw();
            }
            String wallPush = client.push(wall, List.of(Ops.create(Ops.ticket(agentId, "CN", "S07", person, phone,
                    address, description)))).body();
            String wallBadPush = client.post("/api/v1/push", wall, "{\"ops\":[{\"opId\":\"" + person + "\"}]}").body();
            String wallMalformed = client.post("/api/v1/push", wall, "{\"" + person + "\": ").body();
            for (String received : List.of(live.raw(), wallFeed, replay, wallPush, wallBadPush, wallMalformed)) {
                for (String canary : canaries) {
                    assertThat(received).doesNotContain(canary);
                }
            }
            assertThat(hub.output()).as("the hub's own output").doesNotContain(canaries);
            assertThat(wallPush).contains("forbidden");
            assertThat(wallFeed).contains(ticket.number());
        }
    }

    @Test
    void theWallMayNotPushAnything() throws Exception {
        String wall = client.token("W001");
        long before = client.last(agent);
        JsonNode results = client.push(wall, List.of(Ops.create(Ops.ticket(agentId, "CN")))).json();
        assertThat(results.at("/results/0/status").asText()).isEqualTo("rejected");
        assertThat(results.at("/results/0/reason").asText()).isEqualTo("forbidden");
        assertThat(client.last(agent)).isEqualTo(before);
        assertThat(Collections.nCopies(1, hub.output())).allSatisfy(out -> assertThat(out).doesNotContain("Exception"));
    }

    // Bad input beyond the basics above (issue 4; hub-api.md "Errors"): never a 500, and a refused
    // request changes nothing, not even the valid operations of a batch with one malformed operation.

    @Test
    void jsonNestedBeyondTheParsersLimitIsMalformedNotAnInternalError() throws Exception {
        String deep = "{\"ops\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
        assertRefused(client.post("/api/v1/push", agent, deep), 400, "malformed_json");
        assertThat(hub.output()).doesNotContain("NullPointerException");
    }

    @Test
    void aBadEventStreamCursorIsRefusedBeforeTheStreamStarts() throws Exception {
        assertRefused(client.get("/api/v1/events?after=yesterday", agent), 400, "invalid_request");
        assertRefused(client.get("/api/v1/events?after=-5", agent), 400, "invalid_request");
        HttpResponse<String> header = client.http.send(HttpRequest.newBuilder(hub.base.resolve("/api/v1/events"))
                .header("Authorization", "Bearer " + agent).header("Last-Event-ID", "x1").timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(header.statusCode()).isEqualTo(400);
        assertThat(header.body()).contains("invalid_request");
        assertRefused(client.get("/api/v1/events?after=yesterday", null), 401, "unauthenticated"); // who before what
    }

    @Test
    void pageParametersOutOfRangeAreRefusedWithAReason() throws Exception {
        assertRefused(client.get("/api/v1/changes?limit=0", agent), 400, "page_too_large");
        assertRefused(client.get("/api/v1/changes?limit=1001", agent), 400, "page_too_large");
        assertRefused(client.get("/api/v1/changes?limit=many", agent), 400, "invalid_request");
        assertRefused(client.get("/api/v1/changes?after=-1", agent), 400, "invalid_request");
        assertRefused(client.get("/api/v1/changes?after=99999999999999999999", agent), 400, "invalid_request");
        assertThat(client.get("/api/v1/changes?limit=1000", agent).status()).isEqualTo(200);
    }

    @Test
    void aBatchWithOneMalformedOperationAppliesNoneOfItsValidOnes() throws Exception {
        long before = client.last(agent);
        Ticket valid = Ops.ticket(agentId, "CN");
        for (String broken : List.of("{\"opId\":\"not-a-uuid\"}", "\"a string\"",
                "{\"opId\":\"" + UUID.randomUUID() + "\",\"entity\":\"ticket\",\"entityId\":\"" + UUID.randomUUID()
                        + "\",\"kind\":\"UPDATE\",\"baseVersion\":2147483648,\"payload\":{}}",
                "{\"opId\":\"" + UUID.randomUUID() + "\",\"entity\":\"ticket\",\"entityId\":\"" + UUID.randomUUID()
                        + "\",\"kind\":\"UPDATE\",\"baseVersion\":1,\"payload\":[]}")) {
            String body = "{\"ops\":[" + Ops.create(valid) + "," + broken + "]}";
            assertRefused(client.post("/api/v1/push", agent, body), 400, "invalid_request");
        }
        assertThat(client.last(agent)).as("nothing partially applied").isEqualTo(before);
        assertThat(HubLedger.read(client, agent).creates(valid.id())).isZero();
    }

    @Test
    void aBatchOfExactlyTheLimitIsTakenAndOneMoreIsRefusedWhole() throws Exception {
        List<ObjectNode> ops = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            ops.add(Ops.create(Ops.ticket(agentId, "CN")));
        }
        long before = client.last(agent);
        assertRefused(client.push(agent, ops), 400, "batch_too_large");
        assertThat(client.last(agent)).isEqualTo(before);
        HubClient.Reply full = client.push(agent, ops.subList(0, 500));
        assertThat(full.status()).isEqualTo(200);
        assertThat(HubClient.seqs(full.json(), "accepted")).hasSize(500);
    }

    @Test
    void anOversizeBodyWithoutContentLengthIsRefusedAs413() throws Exception {
        byte[] huge = ("{\"ops\":[" + " ".repeat(3 * 1024 * 1024) + "]}").getBytes(StandardCharsets.UTF_8);
        // ofInputStream: sent chunked, so the hub cannot refuse on the declared length alone
        HubClient.Reply chunked = client.post("/api/v1/push", agent,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));
        assertRefused(chunked, 413, "body_too_large");
    }

    @Test
    void malformedLoginsAreRefusedWithAReason() throws Exception {
        assertRefused(client.post("/api/v1/login", null, "{\"staffNo\":"), 400, "malformed_json");
        assertRefused(client.post("/api/v1/login", null, "{\"staffNo\":\"A001\"}"), 400, "invalid_request");
        assertRefused(client.post("/api/v1/login", null, "{\"staffNo\":\"A001\",\"password\":\"demo\",\"seatCode\":12}"),
                400, "invalid_request");
        assertRefused(client.post("/api/v1/login", null, "{\"staffNo\":\"" + "A".repeat(17) + "\",\"password\":\"x\"}"),
                400, "invalid_request");
    }

    private static void assertRefused(HubClient.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).isEqualTo(code);
        assertThat(reply.json().get("message").asText()).isNotBlank();
    }
}

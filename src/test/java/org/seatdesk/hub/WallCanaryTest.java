package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.ticket.CallCategory;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;

/// R-SEC-1, design principle 7: a unique marker in every customer personal-data field of a
/// ticket (as created and as updated), a ticket event and a call record never reaches the wall
/// role — not in `/changes`, not on the live or replayed event stream, not in any error body the
/// wall can provoke — while an agent does receive them (so the markers really were there).
class WallCanaryTest {

    @TempDir
    Path dir;

    @Test
    void r_sec_1_noPersonalDataMarkerReachesTheWallOnAnyPath() throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(hub.base);
            HubClient.Reply login = client.login("A001", "demo");
            String agent = login.json().get("token").asText();
            UUID agentId = UUID.fromString(login.json().get("staffId").asText());
            String wall = client.token("W001");
            Map<String, String> canaries = new LinkedHashMap<>();
            for (String field : List.of("requesterName", "terminalId", "merchantId", "posBarcode", "installAddress",
                    "contactPerson", "contactPhone", "description", "dispatchTarget", "actorName", "detail", "note",
                    "requesterName2", "terminalId2", "merchantId2", "posBarcode2", "installAddress2", "contactPerson2",
                    "contactPhone2", "description2", "dispatchTarget2")) {
                canaries.put(field, "CNY" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
            }
            // A CREATE's and an UPDATE's values pass the form's formats at the hub (R-TK-3): markers shaped like them.
            canaries.put("terminalId", "C" + digits(7));
            canaries.put("merchantId", "7" + digits(14));
            canaries.put("posBarcode", "CNY" + digits(9));
            canaries.put("contactPhone", "138" + digits(8));
            canaries.put("terminalId2", "Q" + digits(7));
            canaries.put("merchantId2", "8" + digits(14));
            canaries.put("contactPhone2", "139" + digits(8));
            long before = client.last(agent);

            try (HubClient.EventStream live = client.events(wall, null)) {
                Ticket ticket = canaryTicket(agentId, canaries);
                TicketEvent event = new TicketEvent(Ops.id(), ticket.id(), Instant.now(), agentId, canaries.get("actorName"),
                        TicketEvent.Kind.CREATED, canaries.get("detail"));
                CallRecord call = new CallRecord(Ops.id(), CallCategory.CONSULTATION, canaries.get("note"), agentId, "S07",
                        Instant.now());
                Map<String, Object> changes = new LinkedHashMap<>();
                for (String field : List.of("requesterName", "terminalId", "merchantId", "posBarcode", "installAddress",
                        "contactPerson", "contactPhone", "description", "dispatchTarget")) {
                    changes.put(field, canaries.get(field + "2"));
                }
                List<ObjectNode> ops = List.of(Ops.create(ticket),
                        Ops.append(event),
                        Ops.call(call),
                        Ops.update(ticket.id(), 1, changes));
                JsonNode pushed = client.push(agent, ops).json();
                assertThat(HubClient.seqs(pushed, "accepted")).as(pushed.toString()).hasSize(4);

                String agentFeed = client.changes(agent, before, 100).body();
                assertThat(agentFeed).as("the agent receives every marker").contains(canaries.values());

                for (int i = 0; i < 4; i++) {
                    assertThat(live.nextChange(Duration.ofSeconds(10))).as("live change %d", i).isNotNull();
                }
                List<String> received = new ArrayList<>();
                received.add(live.raw());
                received.add(client.changes(wall, 0, 1000).body());
                received.add(client.changes(wall, before, 2).body());
                try (HubClient.EventStream replay = client.events(wall, before)) {
                    for (int i = 0; i < 4; i++) {
                        assertThat(replay.nextChange(Duration.ofSeconds(10))).as("replayed change %d", i).isNotNull();
                    }
                    received.add(replay.raw());
                }
                received.addAll(errorBodiesTheWallCanProvoke(client, wall, agentId, canaries.get("contactPerson")));

                for (String body : received) {
                    assertThat(body).doesNotContain(canaries.values());
                }
                assertThat(received.get(1)).as("the wall does see the ticket itself").contains(ticket.number());
                assertThat(hub.output()).as("the hub's log").doesNotContain(canaries.values());
            }
        }
    }

    /// Every refusal the wall can get, each carrying a marker in what it sends.
    private static List<String> errorBodiesTheWallCanProvoke(HubClient client, String wall, UUID agentId, String canary)
            throws Exception {
        List<String> bodies = new ArrayList<>();
        bodies.add(client.push(wall, List.of(Ops.create(Ops.ticket(agentId, "CN", "S07", canary, canary, canary, canary))))
                .body());
        bodies.add(client.post("/api/v1/push", wall, "{\"ops\":[{\"opId\":\"" + canary + "\"}]}").body());
        bodies.add(client.post("/api/v1/push", wall, "{\"ops\":[{\"opId\":\"" + UUID.randomUUID()
                + "\",\"entity\":\"" + canary + "\",\"entityId\":\"" + canary + "\"}]}").body());
        bodies.add(client.post("/api/v1/push", wall, "{\"" + canary + "\": ").body());
        bodies.add(client.post("/api/v1/push", wall, "[\"" + canary + "\"]").body());
        bodies.add(client.post("/api/v1/push", wall, "{\"ops\":[\"" + canary + "\"]}").body());
        bodies.add(client.get("/api/v1/changes?after=" + canary, wall).body());
        bodies.add(client.get("/api/v1/changes?limit=" + canary, wall).body());
        bodies.add(client.get("/api/v1/" + canary, wall).body());
        bodies.add(client.post("/api/v1/login", null, "{\"staffNo\":\"" + canary + "\",\"password\":\"" + canary + "\"}").body());
        bodies.add(client.post("/api/v1/login", null, "{\"staffNo\":\"W001\",\"password\":\"demo\",\"seatCode\":\"" + canary + "\"}").body());
        bodies.add(client.get("/api/v1/events?after=" + canary, wall).body());
        for (String body : bodies) {
            assertThat(body).as("an error body or a per-operation refusal").isNotBlank();
        }
        return bodies;
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private static Ticket canaryTicket(UUID createdBy, Map<String, String> c) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new Ticket(Ops.id(), "T-20261124-S07-9" + (System.nanoTime() % 1000), TicketType.COMPLAINT, Level.NORMAL,
                ServiceKind.EQUIPMENT_FAULT, RequesterKind.MERCHANT, c.get("requesterName"), c.get("terminalId"),
                c.get("merchantId"), c.get("posBarcode"), c.get("installAddress"), c.get("contactPerson"),
                c.get("contactPhone"), c.get("description"), TicketStatus.NEW, null, DispatchKind.DIRECT,
                c.get("dispatchTarget"), now, 0, "CN", "HQ", "S07", createdBy, now, now, 1);
    }
}

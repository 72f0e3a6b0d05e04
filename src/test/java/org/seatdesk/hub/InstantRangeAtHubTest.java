package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.ticket.Ticket;

/// Issue "The console on a real desk": a ticket CREATE with `"createdAt": "-0001-01-01T00:00:00Z"`
/// was accepted; H2 stored the year, jOOQ could not read it back, every later load of the ticket
/// answered 500 and `hub --demo` no longer started on that folder. Now every instant field of every
/// operation kind is refused per operation (`invalid_request`, the field named, never the value),
/// the ops beside it in the batch go through, and the hub keeps serving tickets, also after a restart.
class InstantRangeAtHubTest {

    private static final String YEAR_MINUS_ONE = "-0001-01-01T00:00:00Z";

    @TempDir
    Path dir;

    @Test
    void everyInstantFieldOutsideTheRangeIsRefusedPerOperationNamingTheFieldAndTheHubStillServesTickets() throws Exception {
        int port = HubProcess.freePort();
        Ticket good;
        Ticket poisoned;
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), port, "--demo")) {
            HubClient client = new HubClient(hub.base);
            HubClient.Reply login = client.login("A001", "demo");
            String agent = login.json().get("token").asText();
            UUID agentId = UUID.fromString(login.json().get("staffId").asText());
            good = Ops.ticket(agentId, "CN");
            poisoned = Ops.ticket(agentId, "CN");

            // field (as the refusal names it) → an operation carrying it out of range
            Map<String, ObjectNode> refused = new LinkedHashMap<>();
            refused.put("createdAt", with(Ops.create(poisoned), "createdAt", YEAR_MINUS_ONE));
            refused.put("updatedAt", with(Ops.create(Ops.ticket(agentId, "CN")), "updatedAt", "+10000-01-01T00:00:00Z"));
            ObjectNode epoch = Ops.create(Ops.ticket(agentId, "CN"));
            ((ObjectNode) epoch.get("payload")).put("createdAt", -62_198_755_200L); // year −1 as epoch seconds
            refused.put("createdAt ", epoch);
            refused.put("changes.dispatchedAt", Ops.update(good.id(), 1, Map.of("dispatchedAt", YEAR_MINUS_ONE)));
            refused.put("at", with(Ops.event(good, agentId, "李晓燕", good.number()), "at", "1999-12-31T23:59:59Z"));
            refused.put("validFrom", record("notice", "validFrom"));
            refused.put("writtenAt", record("handover_entry", "writtenAt"));
            refused.put("requestedAt", record("leave_request", "requestedAt"));
            refused.put("markedAt", record("roll_call_mark", "markedAt"));
            ObjectNode step = record("kb_step", "at");
            step.put("kind", "APPEND");
            refused.put("at ", step);
            ObjectNode publish = record("kb_article", "publishedAt");
            publish.put("kind", "PUBLISH");
            refused.put("publishedAt", publish);

            List<ObjectNode> batch = new java.util.ArrayList<>();
            batch.add(Ops.create(good));
            batch.addAll(refused.values());
            JsonNode results = client.push(agent, batch).json().get("results");
            assertThat(results.get(0).get("status").asText()).as("the good op beside them").isEqualTo("accepted");
            int i = 1;
            for (String field : refused.keySet()) {
                JsonNode r = results.get(i++);
                assertThat(r.get("status").asText()).as(field).isEqualTo("rejected");
                assertThat(r.get("reason").asText()).as(field).isEqualTo("invalid_request");
                assertThat(r.get("message").asText()).as(field).startsWith(field.strip() + " must be an instant from 2000-01-01")
                        .doesNotContain("-0001", "10000", "1999");
            }

            assertServesTickets(client, agent, good);
            // an instant inside the range is of course taken
            assertThat(client.push(agent, List.of(Ops.update(good.id(), 1, Map.of("dispatchedAt", "2026-11-24T08:00:00Z"))))
                    .json().at("/results/0/status").asText()).isEqualTo("accepted");
        }
        // the original symptom: the hub no longer started on its folder
        try (HubProcess restarted = HubProcess.start(dir.resolve("hub"), port, "--demo")) {
            HubClient client = new HubClient(restarted.base);
            String agent = client.token("A001");
            assertServesTickets(client, agent, good);
            assertThat(HubLedger.read(client, client.token("M001")).creates(poisoned.id())).isZero();
        }
    }

    private static void assertServesTickets(HubClient client, String agent, Ticket ticket) throws Exception {
        HubClient.Reply page = client.changes(agent, 0, 1000);
        assertThat(page.status()).isEqualTo(200);
        // an UPDATE loads the stored ticket: the load that answered 500 before
        HubClient.Reply update = client.push(agent, List.of(Ops.update(ticket.id(), 0, Map.of("description", "仍可读取 " + UUID.randomUUID()))));
        assertThat(update.status()).isEqualTo(200);
        assertThat(update.json().at("/results/0/status").asText()).isIn("accepted", "conflict");
    }

    private static ObjectNode with(ObjectNode op, String field, String value) {
        ((ObjectNode) op.get("payload")).put(field, value);
        return op;
    }

    /// A CREATE of `entity` whose payload has only an id and the out-of-range instant: the range is
    /// checked before any rule of the kind, so the refusal names the instant whatever else is missing.
    private static ObjectNode record(String entity, String field) {
        UUID id = Ops.id();
        ObjectNode payload = HubClient.JSON.createObjectNode().put("id", id.toString()).put(field, YEAR_MINUS_ONE);
        return Ops.op(entity, id, "CREATE", 0, payload);
    }
}

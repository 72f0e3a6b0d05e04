package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;

/// The hub reads a batch's rows up front and sends its writes as one JDBC batch per table at the
/// end (ADR 0019): ops later in a batch must still see what earlier ops of the same batch did —
/// a ticket created, an event appended, a field changed, an op id applied — on H2 and on
/// PostgreSQL (sync principles 2 and 6). A real hub process, driven over HTTP.
class BatchedPushTest {

    @Test
    void laterOpsOfABatchSeeWhatEarlierOnesDidOnH2(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            oneBatchThatDependsOnItself(new HubClient(hub.base));
        }
    }

    @Test
    void laterOpsOfABatchSeeWhatEarlierOnesDidOnPostgres(@TempDir Path dir) throws Exception {
        try (PgSchema schema = PgSchema.createOrSkip();
             HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo", "--db", schema.url)) {
            oneBatchThatDependsOnItself(new HubClient(hub.base));
        }
    }

    private static void oneBatchThatDependsOnItself(HubClient client) throws Exception {
        HubClient.Reply login = client.login("A001", "demo");
        String agent = login.json().get("token").asText();
        UUID agentId = UUID.fromString(login.json().get("staffId").asText());
        Ticket ticket = Ops.ticket(agentId, "CN");
        Ticket sameNumber = new Ticket(Ops.id(), ticket.number(), ticket.type(), ticket.level(), ticket.serviceKind(),
                ticket.requesterKind(), ticket.requesterName(), ticket.terminalId(), ticket.merchantId(), ticket.posBarcode(),
                ticket.installAddress(), ticket.contactPerson(), ticket.contactPhone(), ticket.description(), ticket.status(),
                null, null, null, null, 0, ticket.region(), ticket.deskId(), ticket.seatCode(), agentId, ticket.createdAt(),
                ticket.updatedAt(), 1);
        TicketEvent created = new TicketEvent(Ops.id(), ticket.id(), Instant.now(), agentId, "李晓燕", TicketEvent.Kind.CREATED,
                ticket.number());
        TicketEvent orphan = new TicketEvent(Ops.id(), Ops.id(), Instant.now(), agentId, "李晓燕", TicketEvent.Kind.UPDATED, "level");
        ObjectNode create = Ops.create(ticket);
        List<ObjectNode> batch = new ArrayList<>(List.of(
                create,                                                           // 0 accepted
                Ops.append(created),                                              // 1 accepted: its ticket is only in this batch
                Ops.update(ticket.id(), 1, Map.of("description", "打印机卡纸")),     // 2 accepted → version 2
                Ops.update(ticket.id(), 2, Map.of("level", "URGENT")),            // 3 accepted → version 3
                Ops.update(ticket.id(), 1, Map.of("description", "黑屏")),          // 4 conflict with op 2
                Ops.create(sameNumber),                                           // 5 accepted, renumbered: op 0 took its number
                create.deepCopy(),                                                // 6 duplicate of op 0
                Ops.append(created),                                              // 7 rejected: event exists (op 1)
                Ops.append(orphan)));                                             // 8 not_found
        long before = client.last(agent);

        JsonNode results = client.push(agent, batch).json().get("results");

        assertThat(results).extracting(r -> r.get("status").asText()).containsExactly("accepted", "accepted", "accepted",
                "accepted", "conflict", "accepted", "duplicate", "rejected", "rejected");
        assertThat(results.get(5).get("renumberedFrom").asText()).isEqualTo(ticket.number());
        assertThat(results.get(5).get("number").asText()).isNotEqualTo(ticket.number());
        assertThat(results.get(4).at("/conflicts/0/field").asText()).isEqualTo("description");
        assertThat(results.get(4).at("/conflicts/0/theirs").asText()).isEqualTo("打印机卡纸");
        assertThat(results.get(6).get("seq").asLong()).isEqualTo(results.get(0).get("seq").asLong());
        assertThat(results.get(8).get("reason").asText()).isEqualTo("not_found");

        JsonNode feed = client.changes(agent, before, 100).json().get("changes");
        assertThat(feed).extracting(c -> c.get("seq").asLong())
                .containsExactly(before + 1, before + 2, before + 3, before + 4, before + 5);
        assertThat(feed).extracting(c -> c.get("entity").asText() + " " + c.get("kind").asText())
                .containsExactly("ticket CREATE", "ticket_event APPEND", "ticket UPDATE", "ticket UPDATE", "ticket CREATE");
        JsonNode latest = feed.get(3).at("/payload/ticket");
        assertThat(latest.get("version").asInt()).isEqualTo(3);
        assertThat(latest.get("description").asText()).isEqualTo("打印机卡纸");
        assertThat(latest.get("level").asText()).isEqualTo("URGENT");

        // committed as the answers said: pushed again, every accepted op is a duplicate with its seq
        JsonNode again = client.push(agent, batch.subList(0, 4)).json().get("results");
        assertThat(again).extracting(r -> r.get("status").asText()).containsOnly("duplicate");
        assertThat(again).extracting(r -> r.get("seq").asLong()).containsExactly(before + 1, before + 2, before + 3, before + 4);
        assertThat(client.last(agent)).isEqualTo(before + 5);
    }
}

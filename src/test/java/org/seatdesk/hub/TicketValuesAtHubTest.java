package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.ticket.Ticket;

/// R-TK-3 at the hub (review of issue 4): a ticket UPDATE whose value the console's form would
/// refuse — an unknown level or status, a malformed phone or identifier, an over-long or emptied
/// required field, an attempt count out of range — is answered `rejected` / `invalid_value`
/// naming the field (never the value), and nothing of it is applied: not the ticket, not the
/// feed, not the other fields of the same UPDATE. A valid UPDATE next to it still goes through.
class TicketValuesAtHubTest {

    @TempDir
    Path dir;

    @Test
    void r_tk_3_anUpdateWithAValueTheFormRefusesIsRejectedWithItsFieldAndChangesNothing() throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(hub.base);
            HubClient.Reply login = client.login("A001", "demo");
            String agent = login.json().get("token").asText();
            UUID agentId = UUID.fromString(login.json().get("staffId").asText());
            Ticket ticket = Ops.ticket(agentId, "CN");
            assertThat(client.push(agent, List.of(Ops.create(ticket))).json().at("/results/0/status").asText())
                    .isEqualTo("accepted");

            Map<String, Map<String, Object>> refused = new LinkedHashMap<>();
            refused.put("level", Map.of("level", "VERY_URGENT", "description", "另一段描述"));
            refused.put("status", Map.of("status", "LOST"));
            refused.put("handlingStatus", Map.of("handlingStatus", "SOMETIMES"));
            refused.put("contactPhone", Map.of("contactPhone", "call me maybe"));
            refused.put("merchantId", Map.of("merchantId", "12AB"));
            refused.put("description", Map.of("description", "很长".repeat(2001)));
            refused.put("contactPerson", Map.of("contactPerson", "   "));
            refused.put("callbackAttempts", Map.of("callbackAttempts", -1));
            refused.put("dispatchedAt", Map.of("dispatchedAt", "yesterday"));
            Map<String, Object> nullAddress = new HashMap<>();
            nullAddress.put("installAddress", null);
            refused.put("installAddress", nullAddress);

            long before = client.last(agent);
            for (Map.Entry<String, Map<String, Object>> bad : refused.entrySet()) {
                JsonNode answer = client.push(agent, List.of(Ops.update(ticket.id(), 1, bad.getValue())))
                        .json().at("/results/0");
                assertThat(answer.get("status").asText()).as(bad.getKey()).isEqualTo("rejected");
                assertThat(answer.get("reason").asText()).as(bad.getKey()).isEqualTo("invalid_value");
                assertThat(answer.get("message").asText()).as(bad.getKey()).startsWith(bad.getKey() + ":")
                        .doesNotContain("call me maybe", "12AB", "yesterday");
            }
            assertThat(client.last(agent)).as("nothing entered the feed").isEqualTo(before);

            JsonNode fine = client.push(agent, List.of(Ops.update(ticket.id(), 1,
                    Map.of("contactPhone", "010-62345678", "level", "URGENT")))).json().at("/results/0");
            assertThat(fine.get("status").asText()).as(fine.toString()).isEqualTo("accepted");
            JsonNode stored = client.changes(agent, before, 10).json().at("/changes/0/payload/ticket");
            assertThat(stored.get("contactPhone").asText()).isEqualTo("010-62345678");
            assertThat(stored.get("description").asText()).isEqualTo(ticket.description());
            assertThat(stored.get("contactPerson").asText()).isEqualTo(ticket.contactPerson());
            assertThat(stored.get("version").asInt()).as("only the valid UPDATE was applied").isEqualTo(2);
        }
    }

    @Test
    void r_tk_3_aCreateThatTheIntakeFormWouldRefuseIsRejectedWithItsFieldAndEntersNothing() throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(hub.base);
            HubClient.Reply login = client.login("A001", "demo");
            String agent = login.json().get("token").asText();
            UUID agentId = UUID.fromString(login.json().get("staffId").asText());

            Map<String, Ticket> refused = new LinkedHashMap<>();
            refused.put("terminalId", withIdentifiers(Ops.ticket(agentId, "CN"), "", "", ""));
            refused.put("contactPhone", Ops.ticket(agentId, "CN", "S07", "王伟", "call me maybe", "北京市朝阳区建国路88号", "刷卡机无法开机"));
            refused.put("contactPerson", Ops.ticket(agentId, "CN", "S07", "  ", "13812345678", "北京市朝阳区建国路88号", "刷卡机无法开机"));
            refused.put("installAddress", Ops.ticket(agentId, "CN", "S07", "王伟", "13812345678", "", "刷卡机无法开机"));
            refused.put("description", Ops.ticket(agentId, "CN", "S07", "王伟", "13812345678", "北京市朝阳区建国路88号", " "));
            refused.put("merchantId", withIdentifiers(Ops.ticket(agentId, "CN"), "", "12AB", ""));

            long before = client.last(agent);
            for (Map.Entry<String, Ticket> bad : refused.entrySet()) {
                JsonNode answer = client.push(agent, List.of(Ops.create(bad.getValue()))).json().at("/results/0");
                assertThat(answer.get("status").asText()).as(bad.getKey()).isEqualTo("rejected");
                assertThat(answer.get("reason").asText()).as(bad.getKey()).isEqualTo("invalid_value");
                assertThat(answer.get("message").asText()).as(bad.getKey()).startsWith(bad.getKey() + ":")
                        .doesNotContain("call me maybe", "12AB");
            }
            assertThat(client.last(agent)).as("nothing entered the feed").isEqualTo(before);

            JsonNode fine = client.push(agent, List.of(Ops.create(Ops.ticket(agentId, "CN")))).json().at("/results/0");
            assertThat(fine.get("status").asText()).as(fine.toString()).isEqualTo("accepted");
        }
    }

    private static Ticket withIdentifiers(Ticket t, String terminalId, String merchantId, String posBarcode) {
        return new Ticket(t.id(), t.number(), t.type(), t.level(), t.serviceKind(), t.requesterKind(), t.requesterName(),
                terminalId, merchantId, posBarcode, t.installAddress(), t.contactPerson(), t.contactPhone(), t.description(),
                t.status(), t.handlingStatus(), t.dispatchKind(), t.dispatchTarget(), t.dispatchedAt(), t.callbackAttempts(),
                t.region(), t.deskId(), t.seatCode(), t.createdBy(), t.createdAt(), t.updatedAt(), t.version());
    }
}

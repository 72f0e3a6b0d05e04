package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.dutylog.DutyLogCategory;
import org.seatdesk.dutylog.DutyLogEntry;
import org.seatdesk.dutylog.Escalation;
import org.seatdesk.rollcall.Mark;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.security.Role;
import org.seatdesk.sync.Payloads;

/// The hub checks the room's records by role (R-SEC-1) over HTTP, whatever a console sends:
/// only the monitor calls the roll (R-SH-1), a record is written by who is logged in, and an
/// escalation skips a level only in an emergency (R-SEC-2).
class RoomPushRulesWithHubProcessTest {

    @Test
    void theHubChecksRollCallDutyLogAndEscalationsByRole_R_SH_1_R_SH_5_R_SEC_2(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(hub.base);
            JsonNode monitorLogin = client.login("M001", "demo").json();
            String monitor = monitorLogin.get("token").asText();
            UUID monitorId = UUID.fromString(monitorLogin.get("staffId").asText());
            JsonNode agentLogin = client.login("A001", "demo").json();
            String agent = agentLogin.get("token").asText();
            UUID agentId = UUID.fromString(agentLogin.get("staffId").asText());

            RollCallMark byMonitor = mark(monitorId);
            RollCallMark byAgent = mark(agentId);
            RollCallMark inOthersName = mark(agentId);
            assertThat(status(client.push(monitor, List.of(op("roll_call_mark", byMonitor.id(), byMonitor))))).isEqualTo("accepted");
            assertThat(reason(client.push(agent, List.of(op("roll_call_mark", byAgent.id(), byAgent))))).isEqualTo("forbidden");
            assertThat(reason(client.push(monitor, List.of(op("roll_call_mark", inOthersName.id(), inOthersName)))))
                    .isEqualTo("forbidden");

            DutyLogEntry entry = new DutyLogEntry(Ops.id(), LocalDate.now(), "DAY", DutyLogCategory.SYSTEM_PROBLEM,
                    "话务系统 10:05–10:20 中断", monitorId, "周建华", Instant.now());
            assertThat(status(client.push(monitor, List.of(op("duty_log_entry", entry.id(), entry))))).isEqualTo("accepted");
            DutyLogEntry agentEntry = new DutyLogEntry(Ops.id(), LocalDate.now(), "DAY", DutyLogCategory.EVENT, "x",
                    agentId, "李晓燕", Instant.now());
            assertThat(reason(client.push(agent, List.of(op("duty_log_entry", agentEntry.id(), agentEntry))))).isEqualTo("forbidden");

            Escalation skipNoEmergency = escalation(agentId, Role.AGENT, Role.DEPARTMENT_DIRECTOR, false, null);
            Escalation emergency = escalation(agentId, Role.AGENT, Role.DEPARTMENT_DIRECTOR, true, null);
            Escalation informMonitor = escalation(agentId, Role.AGENT, Role.SHIFT_MONITOR, false, emergency.id());
            assertThat(reason(client.push(agent, List.of(op("escalation", skipNoEmergency.id(), skipNoEmergency)))))
                    .isEqualTo("forbidden");
            assertThat(status(client.push(agent, List.of(op("escalation", emergency.id(), emergency))))).isEqualTo("accepted");
            assertThat(status(client.push(agent, List.of(op("escalation", informMonitor.id(), informMonitor))))).isEqualTo("accepted");
            Escalation pretending = escalation(agentId, Role.SHIFT_MONITOR, Role.DEPARTMENT_DIRECTOR, false, null);
            assertThat(reason(client.push(agent, List.of(op("escalation", pretending.id(), pretending))))).isEqualTo("forbidden");

            String wall = client.token("W001");
            StringBuilder pages = new StringBuilder(); // the whole feed: the demo's records fill pages
            long after = 0;
            boolean more = true;
            while (more) {
                String page = client.changes(wall, after, 500).body();
                pages.append(page);
                java.util.regex.Matcher last = java.util.regex.Pattern.compile("\"last\":(\\d+)").matcher(page);
                more = page.contains("\"hasMore\":true") && last.find() && Long.parseLong(last.group(1)) > after;
                if (more) {
                    after = Long.parseLong(last.group(1));
                }
            }
            String feed = pages.toString();
            assertThat(feed).contains(byMonitor.staffName()).doesNotContain("话务系统"); // marks yes, duty log text no
        }
    }

    private static RollCallMark mark(UUID markedBy) {
        return new RollCallMark(Ops.id(), LocalDate.now(), "DAY", UUID.randomUUID(), "A003", "王磊", "S03", Mark.PRESENT, 0,
                markedBy, "周建华", Instant.now());
    }

    private static Escalation escalation(UUID by, Role from, Role to, boolean emergency, UUID informs) {
        return new Escalation(Ops.id(), LocalDate.now(), "DAY", by, "李晓燕", from, to, emergency, informs, "终端批量故障",
                Instant.now());
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode op(String entity, UUID id, Object record) {
        return Ops.op(entity, id, "CREATE", 0, Payloads.tree(Payloads.json(record)));
    }

    private static String status(HubClient.Reply reply) {
        return reply.json().get("results").get(0).get("status").asText();
    }

    private static String reason(HubClient.Reply reply) {
        JsonNode result = reply.json().get("results").get(0);
        assertThat(result.get("status").asText()).isEqualTo("rejected");
        return result.get("reason").asText();
    }
}

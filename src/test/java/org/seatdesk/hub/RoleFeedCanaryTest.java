package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.handover.HandoverCategory;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeKind;
import org.seatdesk.ticket.CallCategory;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;

/// R-SEC-1, design principle 7, per role (review of issue 4): the quality inspector and the KB
/// editor work at consoles without a ticket page, so a unique marker in every customer
/// personal-data field — of a ticket as created and as updated, a history entry, a call record,
/// a handover entry — reaches neither of them on any read path: `/changes` from the start, the
/// live event stream, the replayed one. Both still receive what they need (a notice), and an
/// agent receives every marker (so the markers really were there).
class RoleFeedCanaryTest {

    @TempDir
    Path dir;

    @Test
    void r_sec_1_theQualityInspectorAndTheKbEditorReceiveNoCustomerPersonalData() throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(hub.base);
            HubClient.Reply login = client.login("A001", "demo");
            String agent = login.json().get("token").asText();
            UUID agentId = UUID.fromString(login.json().get("staffId").asText());
            HubClient.Reply monitorLogin = client.login("M001", "demo");
            String monitor = monitorLogin.json().get("token").asText();
            UUID monitorId = UUID.fromString(monitorLogin.json().get("staffId").asText());
            Map<String, String> roles = Map.of("QUALITY_INSPECTOR", client.token("Q001"), "KB_EDITOR", client.token("K001"));
            Map<String, String> marker = new LinkedHashMap<>();
            for (String field : List.of("installAddress", "contactPerson", "description",
                    "actorName", "detail", "note", "entry", "installAddress2", "description2")) {
                marker.put(field, "CNY" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
            }
            marker.put("contactPhone", "1391" + (10_000_000 + (int) (Math.random() * 89_999_999)) / 10);
            long before = client.last(agent);

            Map<String, HubClient.EventStream> live = new LinkedHashMap<>();
            for (Map.Entry<String, String> role : roles.entrySet()) {
                live.put(role.getKey(), client.events(role.getValue(), null));
            }
            try {
                Ticket ticket = Ops.ticket(agentId, "CN", "S07", marker.get("contactPerson"), marker.get("contactPhone"),
                        marker.get("installAddress"), marker.get("description"));
                TicketEvent event = new TicketEvent(Ops.id(), ticket.id(), Instant.now(), agentId, marker.get("actorName"),
                        TicketEvent.Kind.UPDATED, marker.get("detail"));
                CallRecord call = new CallRecord(Ops.id(), CallCategory.CONSULTATION, marker.get("note"), agentId, "S07",
                        Instant.now());
                HandoverEntry entry = new HandoverEntry(Ops.id(), HandoverCategory.DIFFICULT_PROBLEM, marker.get("entry"),
                        List.of(), agentId, "李晓燕", "S07", "CN", Instant.now());
                assertThat(HubClient.seqs(client.push(agent, List.of(Ops.create(ticket), Ops.append(event), Ops.call(call),
                        Ops.update(ticket.id(), 1, Map.of("installAddress", marker.get("installAddress2"),
                                "description", marker.get("description2"))),
                        Ops.created("handover_entry", entry.id(), entry))).json(), "accepted")).hasSize(5);
                Instant now = Instant.now();
                Notice notice = new Notice(Ops.id(), NoticeKind.POLICY, "费率调整通知", "正文", now, now.plusSeconds(3600),
                        monitorId, "班长", "CN", now);
                assertThat(HubClient.seqs(client.push(monitor, List.of(Ops.created("notice", notice.id(), notice))).json(),
                        "accepted")).hasSize(1);

                assertThat(client.changes(agent, before, 100).body()).as("the agent receives every marker")
                        .contains(marker.values());
                for (Map.Entry<String, String> role : roles.entrySet()) {
                    HubClient.EventStream stream = live.get(role.getKey());
                    assertThat(stream.nextChange(Duration.ofSeconds(10))).as("%s: the notice, live", role.getKey()).isNotNull();
                    List<String> received = new ArrayList<>();
                    received.add(client.changes(role.getValue(), 0, 1000).body());
                    received.add(client.changes(role.getValue(), before, 1).body());
                    try (HubClient.EventStream replay = client.events(role.getValue(), before)) {
                        assertThat(replay.nextChange(Duration.ofSeconds(10))).as("%s: replayed", role.getKey()).isNotNull();
                        Thread.sleep(300);
                        received.add(replay.raw());
                    }
                    received.add(stream.raw());
                    for (String body : received) {
                        assertThat(body).as(role.getKey()).doesNotContain(marker.values())
                                .doesNotContain(ticket.id().toString(), entry.id().toString());
                    }
                    assertThat(received.getFirst()).as("%s receives the notice", role.getKey()).contains("费率调整通知");
                }
            } finally {
                for (HubClient.EventStream stream : live.values()) {
                    stream.close();
                }
            }
        }
    }
}

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
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.sync.Payloads;

/// R-LV-3 with R-SEC-1's care for staff: the note of a sick-leave request (it may name an illness)
/// reaches the person, and the shift monitor and directors who approve leave and call the roll
/// (R-LV-2, R-SH-1), but a colleague at another seat receives the request — its dates and kind, for
/// the roster and the swap checks — without the note. Real hub process, real `/changes`.
class LeaveNotesWithHubProcessTest {

    @TempDir
    Path dir;

    @Test
    void r_lv_3_aSickLeaveNoteReachesThePersonAndTheApproversButNoColleague() throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(hub.base);
            HubClient.Reply login = client.login("A001", "demo");
            String me = login.json().get("token").asText();
            UUID myId = UUID.fromString(login.json().get("staffId").asText());
            String colleague = client.token("A002");
            String monitor = client.token("M001");
            String director = client.token("D001");
            String marker = "CNY" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            long before = client.last(me);

            LeaveRequest sick = new LeaveRequest(Ops.id(), myId, myId, LeaveKind.SICK, LocalDate.now().plusDays(10),
                    LocalDate.now().plusDays(11), true, "急性胃炎住院 " + marker, Instant.now());
            JsonNode pushed = client.push(me, List.of(Ops.op("leave_request", sick.id(), "CREATE", 0,
                    Ops.tree(Payloads.json(sick))))).json();
            assertThat(pushed.at("/results/0/status").asText()).as(pushed.toString()).isEqualTo("accepted");

            assertThat(request(client, colleague, before, sick.id()).get("note").isNull())
                    .as("a colleague's console gets no note").isTrue();
            assertThat(request(client, colleague, before, sick.id()).get("kind").asText()).isEqualTo("SICK");
            assertThat(client.changes(colleague, before, 100).body()).doesNotContain(marker);
            for (String reader : List.of(me, monitor, director)) {
                assertThat(request(client, reader, before, sick.id()).get("note").asText()).contains(marker);
            }
        }
    }

    private static JsonNode request(HubClient client, String token, long after, UUID id) throws Exception {
        for (JsonNode change : client.changes(token, after, 100).json().get("changes")) {
            if (change.get("entityId").asText().equals(id.toString())) {
                return change.get("payload");
            }
        }
        throw new AssertionError("the leave request did not reach this caller");
    }
}

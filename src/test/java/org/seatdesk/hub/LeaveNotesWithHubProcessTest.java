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

            // Live streams first, the monitor's before the colleague's: the hub renders a change once
            // for every stream that may share it, and a note must not be shared.
            HubClient.EventStream monitorLive = client.events(monitor, null);
            HubClient.EventStream colleagueLive = client.events(colleague, null);
            Thread.sleep(300); // both streams live
            LeaveRequest sick = new LeaveRequest(Ops.id(), myId, myId, LeaveKind.SICK, LocalDate.now().plusDays(10),
                    LocalDate.now().plusDays(11), true, "急性胃炎住院 " + marker, Instant.now());
            JsonNode pushed = client.push(me, List.of(Ops.op("leave_request", sick.id(), "CREATE", 0,
                    Ops.tree(Payloads.json(sick))))).json();
            assertThat(pushed.at("/results/0/status").asText()).as(pushed.toString()).isEqualTo("accepted");

            try (monitorLive; colleagueLive) {
                assertThat(nextLeave(monitorLive).at("/payload/note").asText()).contains(marker);
                JsonNode live = nextLeave(colleagueLive);
                assertThat(live.at("/payload/id").asText()).isEqualTo(sick.id().toString());
                assertThat(live.toString()).as("the colleague's live event").doesNotContain(marker);
            }
            assertThat(request(client, colleague, before, sick.id()).get("note").isNull())
                    .as("a colleague's console gets no note").isTrue();
            assertThat(request(client, colleague, before, sick.id()).get("kind").asText()).isEqualTo("SICK");
            assertThat(client.changes(colleague, before, 100).body()).doesNotContain(marker);
            for (String reader : List.of(me, monitor, director)) {
                assertThat(request(client, reader, before, sick.id()).get("note").asText()).contains(marker);
            }
        }
    }

    private static JsonNode nextLeave(HubClient.EventStream stream) throws Exception {
        for (int i = 0; i < 50; i++) {
            JsonNode change = stream.nextChange(java.time.Duration.ofSeconds(5));
            if (change == null) {
                break;
            }
            if (change.get("entity").asText().equals("leave_request")) {
                return change;
            }
        }
        throw new AssertionError("no leave request on the live stream");
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

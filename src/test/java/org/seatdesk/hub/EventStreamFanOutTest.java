package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.ticket.Ticket;

/// Sync principle 4 with many consoles (ADR 0025): each event stream has its own writer, so a
/// console that stops reading — a frozen machine, a dead network path the kernel has not noticed —
/// holds up nobody else. Before, the feed's tail wrote to every stream itself and stopped at the
/// first full socket, and a stream could not even open while it waited.
class EventStreamFanOutTest {

    @Test
    void aConsoleThatStopsReadingDoesNotHoldUpTheOtherStreams(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(hub.base);
            HubClient.Reply login = client.login("A001", "demo");
            String agent = login.json().get("token").asText();
            UUID agentId = UUID.fromString(login.json().get("staffId").asText());
            try (Socket stalled = new Socket()) {
                stalled.setReceiveBufferSize(4096); // before connecting: the window stays small
                stalled.connect(new java.net.InetSocketAddress(hub.base.getHost(), hub.base.getPort()));
                OutputStream request = stalled.getOutputStream();
                request.write(("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                        + "Authorization: Bearer " + agent + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                request.flush();
                // ~14 MB of changes for a client that never reads: far more than the kernel's buffers hold
                String longText = "刷卡机无法开机，屏幕黑屏。".repeat(240);
                for (int batch = 0; batch < 10; batch++) {
                    List<ObjectNode> ops = new ArrayList<>();
                    for (int i = 0; i < 150; i++) {
                        Ticket t = Ops.ticket(agentId, "CN", "S07", "王伟", "13812345678", "北京市朝阳区建国路88号", longText);
                        ops.add(Ops.create(t));
                    }
                    assertThat(client.push(agent, ops).status()).isEqualTo(200);
                }

                try (HubClient.EventStream reading = client.events(agent, null)) {
                    Ticket marker = Ops.ticket(agentId, "CN");
                    assertThat(client.push(agent, List.of(Ops.create(marker))).status()).isEqualTo(200);
                    JsonNode seen = reading.nextChange(Duration.ofSeconds(15));
                    assertThat(seen).as("a stream opened beside a stalled one still gets the live change").isNotNull();
                    assertThat(seen.get("entityId").asText()).isEqualTo(marker.id().toString());
                }
            }
        }
    }
}

package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `hub --demo` puts its seeded tickets into the change feed once (DemoTicketFeed): the wall,
/// which keeps no database and reads only the feed, counts the demo's work; a restart with
/// `--demo` keeps the data and does not feed them twice.
class DemoHubFeedTest {

    @Test
    void theSeededTicketsAreInTheFeedOnceAndReachTheWallRedacted(@TempDir Path dir) throws Exception {
        long fed;
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(hub.base);
            fed = ticketCreates(HubLedger.read(client, client.token("C001")));
            assertThat(fed).as("the demo centre's tickets").isGreaterThanOrEqualTo(100);

            HubLedger wall = HubLedger.read(client, client.token("W001"));
            assertThat(ticketCreates(wall)).as("every region's tickets count on the wall").isEqualTo(fed);
            assertThat(wall.changes()).filteredOn(c -> "ticket".equals(c.get("entity").asText()))
                    .allSatisfy(c -> assertThat(c.get("payload").has("contactPhone")).as("R-SEC-1").isFalse());
        }
        try (HubProcess again = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(again.base);
            assertThat(ticketCreates(HubLedger.read(client, client.token("C001")))).as("not fed twice").isEqualTo(fed);
        }
    }

    private static long ticketCreates(HubLedger ledger) {
        return ledger.changes().stream().filter(DemoHubFeedTest::isTicketCreate).count();
    }

    private static boolean isTicketCreate(JsonNode change) {
        return "ticket".equals(change.get("entity").asText()) && "CREATE".equals(change.get("kind").asText());
    }
}

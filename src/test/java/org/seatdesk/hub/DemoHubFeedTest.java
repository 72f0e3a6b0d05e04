package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `hub --demo` puts its seeded tickets and notices into the change feed once (DemoFeed): the
/// wall, which keeps no database and reads only the feed, counts the demo's work and shows its
/// notices (R-SH-3); a restart with `--demo` keeps the data and does not feed them twice.
class DemoHubFeedTest {

    @Test
    void theSeededTicketsAndNoticesAreInTheFeedOnceAndReachTheWallRedacted(@TempDir Path dir) throws Exception {
        long fed;
        long notices;
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(hub.base);
            fed = ticketCreates(HubLedger.read(client, client.token("C001")));
            assertThat(fed).as("the demo centre's tickets").isGreaterThanOrEqualTo(100);

            HubLedger wall = HubLedger.read(client, client.token("W001"));
            assertThat(ticketCreates(wall)).as("every region's tickets count on the wall").isEqualTo(fed);
            assertThat(wall.changes()).filteredOn(c -> "ticket".equals(c.get("entity").asText()))
                    .allSatisfy(c -> assertThat(c.get("payload").has("contactPhone")).as("R-SEC-1").isFalse());

            notices = creates(HubLedger.read(client, client.token("C001")), "notice");
            assertThat(notices).as("the demo centre's notices").isGreaterThanOrEqualTo(3);
            assertThat(wall.changes()).filteredOn(c -> "notice".equals(c.get("entity").asText()))
                    .as("HQ's notices are for every desk, the wall's too").hasSize((int) notices)
                    .allSatisfy(c -> {
                        assertThat(c.get("payload").get("title").asText()).isNotBlank();
                        assertThat(c.get("payload").has("body")).as("titles only").isFalse();
                        assertThat(c.get("payload").has("authorName")).isFalse();
                    });
            assertThat(creates(HubLedger.read(client, client.token("A009")), "notice"))
                    .as("a regional desk reads HQ's notices").isEqualTo(notices);
            assertThat(creates(HubLedger.read(client, client.token("A001")), "notice_receipt"))
                    .as("with the receipts: what the demo's agents have read stays read at a syncing seat")
                    .isGreaterThanOrEqualTo(3);
        }
        try (HubProcess again = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(again.base);
            HubLedger ledger = HubLedger.read(client, client.token("C001"));
            assertThat(ticketCreates(ledger)).as("not fed twice").isEqualTo(fed);
            assertThat(creates(ledger, "notice")).as("not fed twice").isEqualTo(notices);
        }
    }

    private static long ticketCreates(HubLedger ledger) {
        return ledger.changes().stream().filter(DemoHubFeedTest::isTicketCreate).count();
    }

    private static long creates(HubLedger ledger, String entity) {
        return ledger.changes().stream().filter(c -> entity.equals(c.get("entity").asText())
                && "CREATE".equals(c.get("kind").asText())).count();
    }

    private static boolean isTicketCreate(JsonNode change) {
        return "ticket".equals(change.get("entity").asText()) && "CREATE".equals(change.get("kind").asText());
    }
}

package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/// The hub's whole change feed as an HQ caller reads it through the API: what a fault test
/// checks "zero lost, zero duplicated" against (sync principle 2: each op applied at most once).
final class HubLedger {

    private final List<JsonNode> changes;
    private final Map<String, Integer> counts = new HashMap<>();

    private HubLedger(List<JsonNode> changes) {
        this.changes = changes;
        for (JsonNode c : changes) {
            counts.merge(key(c.get("entity").asText(), c.get("kind").asText(), c.get("entityId").asText()), 1, Integer::sum);
        }
    }

    /// Every page from the start, as `token` (an HQ login sees every region).
    static HubLedger read(HubClient client, String token) throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            HubClient.Reply reply = client.changes(token, after, 1000);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode page = reply.json();
            page.get("changes").forEach(all::add);
            after = page.get("last").asLong();
            if (!page.get("hasMore").asBoolean()) {
                return new HubLedger(all);
            }
        }
    }

    int creates(UUID ticketId) {
        return counts.getOrDefault(key("ticket", "CREATE", ticketId.toString()), 0);
    }

    int appends(UUID eventId) {
        return counts.getOrDefault(key("ticket_event", "APPEND", eventId.toString()), 0);
    }

    List<JsonNode> changes() {
        return changes;
    }

    /// Each ticket created exactly once at the hub: none lost, none twice.
    void assertEachTicketExactlyOnce(Collection<UUID> tickets) {
        Map<UUID, Integer> wrong = new HashMap<>();
        for (UUID id : tickets) {
            if (creates(id) != 1) {
                wrong.put(id, creates(id));
            }
        }
        assertThat(wrong).as("tickets not created exactly once at the hub (id → times) of %d", tickets.size()).isEmpty();
        List<Long> seqs = changes.stream().map(c -> c.get("seq").asLong()).toList();
        assertThat(seqs).as("the feed has no seq twice").doesNotHaveDuplicates().isSorted();
    }

    private static String key(String entity, String kind, String id) {
        return entity + " " + kind + " " + id;
    }
}

package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.JooqHubRefusalRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.HubRefusal;
import org.seatdesk.ticket.Ticket;

/// Sync principle 5 when its premise fails (ADR 0020): two consoles configured with the same
/// seat code register tickets offline and make the same numbers. The hub keeps the number it got
/// first and stores the later ticket under the next free number of that seat and day; the seat
/// takes that number into its own row (also when it still holds it for another ticket not yet
/// pushed), tells its people (a `renumbered` entry to read), and every seat ends with the same
/// tickets under distinct numbers, nothing lost, nothing refused.
class DuplicateNumbersWithHubProcessTest {

    @TempDir
    Path dir;

    @Test
    void principle5_twoConsolesWithOneSeatCodeEndWithDistinctNumbersAndTheLaterSeatIsTold() throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo");
             TestSeat first = new TestSeat(dir.resolve("first"), hub.base, "A001", "T09");
             TestSeat second = new TestSeat(dir.resolve("second"), hub.base, "A002", "T09")) {
            Ticket mine = first.register();
            Ticket same = second.register();
            Ticket next = second.register();
            assertThat(same.number()).as("the premise: one seat code, one counter").isEqualTo(mine.number());

            first.engine.syncOnce();
            second.engine.syncOnce();
            first.engine.syncOnce();
            second.engine.syncOnce();

            HubClient api = new HubClient(hub.base);
            HubLedger ledger = HubLedger.read(api, api.token("M001"));
            Map<UUID, String> atHub = ledger.changes().stream()
                    .filter(c -> c.get("entity").asText().equals("ticket") && c.get("kind").asText().equals("CREATE"))
                    .collect(Collectors.toMap(c -> UUID.fromString(c.get("entityId").asText()),
                            c -> c.at("/payload/number").asText(), (a, b) -> a));
            assertThat(atHub.get(mine.id())).as("the first number received stays").isEqualTo(mine.number());
            Set<String> numbers = new HashSet<>(List.of(atHub.get(mine.id()), atHub.get(same.id()), atHub.get(next.id())));
            assertThat(numbers).as("three tickets, three numbers").hasSize(3);
            for (UUID id : List.of(mine.id(), same.id(), next.id())) {
                assertThat(ledger.creates(id)).isEqualTo(1);
                for (TestSeat seat : List.of(first, second)) {
                    assertThat(seat.onDb(() -> seat.tickets.find(id)).map(Ticket::number))
                            .as("%s holds the hub's number", seat.who.seatCode()).contains(atHub.get(id));
                }
            }
            assertThat(TestData.syncedState(second.db)).isEqualTo(TestData.syncedState(first.db));

            List<HubRefusal> told = new JooqHubRefusalRepository(second.db).unread(10);
            assertThat(told).extracting(HubRefusal::reason).containsOnly(HubRefusal.RENUMBERED);
            assertThat(told).extracting(HubRefusal::entityId).contains(same.id());
            HubRefusal renumbered = told.stream().filter(r -> r.entityId().equals(same.id())).findFirst().orElseThrow();
            assertThat(renumbered.message()).isEqualTo(same.number() + " → " + atHub.get(same.id()));
            assertThat(renumbered.ticketNumber()).isEqualTo(atHub.get(same.id()));
            assertThat(new JooqHubRefusalRepository(first.db).unreadCount()).isZero();

            new JooqHubRefusalRepository(second.db).markRead(renumbered.opId(), Instant.now());
            assertThat(new JooqHubRefusalRepository(second.db).unreadCount()).isEqualTo(told.size() - 1);

            Ticket later = second.register();
            assertThat(numbers).as("the seat's counter moved past the hub's numbers").doesNotContain(later.number());
            second.engine.syncOnce();
            JsonNode feed = api.changes(api.token("M001"), 0, 1000).json();
            assertThat(feed.toString()).contains(later.number());
            assertThat(new JooqHubRefusalRepository(second.db).unreadCount()).as("no renumbering this time")
                    .isEqualTo(told.size() - 1);
        }
    }
}

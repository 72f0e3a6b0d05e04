package org.seatdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.testing.TempDirs;
import org.seatdesk.ticket.CallCategory;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;

/// Sync principle 3 for any delivery: pages of any size, pages delivered again (a live event and a
/// pull overlapping, an answer repeated), seat restarts, and pages that fail half-way all end in
/// the same local state as applying the hub's feed once, in order. Real H2 file.
class PullConvergenceProperties {

    private static Path dir;
    private static Database db;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("seatdesk-convergence");
        db = Database.openFile(dir, "seat");
    }

    @AfterContainer
    static void close() throws IOException {
        db.close();
        TempDirs.deleteTree(dir);
    }

    @Property(tries = 60)
    void anyInterleavingOfPagesDuplicatesAndRestartsConvergesToTheFeedAppliedOnce(@ForAll long seed) {
        Random random = new Random(seed);
        List<Change> feed = feed(random, 5 + random.nextInt(30));
        long max = feed.size();

        TestData.wipeSynced(db);
        new JooqSyncRepository(db).applyPage(feed, max);
        String expected = TestData.syncedState(db);
        TestData.wipeSynced(db);

        JooqSyncRepository store = new JooqSyncRepository(db);
        long cursor = store.cursor();
        while (cursor < max) {
            int roll = random.nextInt(100);
            if (roll < 50) {
                deliver(store, feed, (int) cursor, 1 + random.nextInt(6));
            } else if (roll < 65) {
                deliver(store, feed, random.nextInt((int) cursor + 1), 1 + random.nextInt(6)); // again, overlapping
            } else if (roll < 80) {
                // A live event: trusted to move the cursor only when it is the very next change.
                int seq = 1 + random.nextInt((int) Math.min(cursor + 1, max));
                store.applyPage(List.of(feed.get(seq - 1)), seq == cursor + 1 ? seq : cursor);
            } else if (roll < 90) {
                db.close(); // the seat restarts; only what was committed is there
                db = Database.openFile(dir, "seat");
                store = new JooqSyncRepository(db);
            } else {
                String before = TestData.syncedState(db);
                List<Change> poisoned = new ArrayList<>(feed.subList((int) cursor, (int) Math.min(max, cursor + 3)));
                poisoned.add(poison(max + 1));
                JooqSyncRepository s = store;
                assertThatThrownBy(() -> s.applyPage(poisoned, max + 1)).isInstanceOf(RuntimeException.class);
                assertThat(TestData.syncedState(db)).as("a failed page leaves no trace").isEqualTo(before);
            }
            long next = store.cursor();
            assertThat(next).as("the cursor never goes back").isGreaterThanOrEqualTo(cursor);
            cursor = next;
        }

        assertThat(TestData.syncedState(db)).isEqualTo(expected);
    }

    private static void deliver(JooqSyncRepository store, List<Change> feed, int from, int size) {
        int to = Math.min(feed.size(), from + size);
        store.applyPage(feed.subList(from, to), to);
    }

    /// A feed as a hub would write it: tickets created, edited to new versions, their events, and
    /// call records, in one global order.
    private static List<Change> feed(Random random, int length) {
        List<Change> feed = new ArrayList<>();
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            long seq = feed.size() + 1;
            int roll = random.nextInt(10);
            if (tickets.isEmpty() || roll < 3) {
                Ticket t = SyncEngineTest.withNumber(
                        Fixtures.ticket(TicketType.CONSULTATION, TicketStatus.NEW, Fixtures.MORNING),
                        "Z-20261122-S09-%04d".formatted(tickets.size() + 1));
                tickets.add(t);
                feed.add(change(seq, "ticket", t.id(), "CREATE", 1, t));
            } else if (roll < 6) {
                int which = random.nextInt(tickets.size());
                Ticket old = tickets.get(which);
                Ticket edited = SyncEngineTest.withPhone(old, "138" + (10_000_000 + random.nextInt(89_999_999)), old.version() + 1);
                tickets.set(which, edited);
                feed.add(change(seq, "ticket", edited.id(), "UPDATE", edited.version(),
                        java.util.Map.of("changes", java.util.Map.of("contactPhone", edited.contactPhone()), "ticket", edited)));
            } else if (roll < 8) {
                Ticket t = tickets.get(random.nextInt(tickets.size()));
                TicketEvent e = new TicketEvent(new UUID(seq, random.nextLong()), t.id(), Fixtures.MORNING.plusSeconds(seq),
                        UUID.randomUUID(), "张敏", TicketEvent.Kind.UPDATED, "第" + seq + "次");
                feed.add(change(seq, "ticket_event", e.id(), "APPEND", 1, e));
            } else {
                CallRecord c = new CallRecord(new UUID(seq, random.nextLong()), CallCategory.values()[random.nextInt(CallCategory.values().length)],
                        "note " + seq, UUID.randomUUID(), "S09", Fixtures.MORNING.plusSeconds(seq));
                feed.add(change(seq, "call_record", c.id(), "CREATE", 1, c));
            }
        }
        return feed;
    }

    private static Change change(long seq, String entity, UUID id, String kind, int version, Object payload) {
        return new Change(seq, entity, id, kind, version, Payloads.tree(Payloads.json(payload)));
    }

    /// A change the seat's schema refuses (a ticket without a phone): its page must roll back whole.
    private static Change poison(long seq) {
        Ticket t = SyncEngineTest.withNumber(Fixtures.ticket(TicketType.COMPLAINT, TicketStatus.NEW, Fixtures.MORNING),
                "T-20261122-S99-0001");
        ObjectNode payload = (ObjectNode) Payloads.tree(Payloads.json(t));
        payload.putNull("contactPhone");
        return new Change(seq, "ticket", t.id(), "CREATE", 1, payload);
    }
}

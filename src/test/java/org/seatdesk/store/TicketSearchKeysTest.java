package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketPage;
import org.seatdesk.ticket.TicketQuery;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;

/// The queue's search keys (V5): normalised on write and back-filled by the migration, and a
/// short prefix that many tickets share, which the search answers in queue order instead.
class TicketSearchKeysTest {

    @TempDir
    Path dir;

    @Test
    void theMigrationFillsTheKeysOfTicketsStoredBeforeIt() throws Exception {
        String url = Database.url(dir, "seat");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO ticket (id, number, type, level, priority, service_kind, requester_kind, terminal_id,
                         merchant_id, pos_barcode, install_address, contact_person, contact_phone, description, status,
                         callback_attempts, region, desk_id, seat_code, created_by, created_at, updated_at, version)
                     VALUES (?, 'Y-20261122-S07-0001', 'Y', 'NORMAL', 1, 'EQUIPMENT_FAULT', 'MERCHANT', 'ab12cd34',
                         NULL, 'pos1234567890', 'addr', 'Ms Chen', '+44 20 7946 0958', 'desc', 'NEW',
                         0, 'BJ', 'HQ', 'S07', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)""")) {
            UUID id = UUID.randomUUID();
            insert.setObject(1, id);
            insert.setObject(2, UUID.randomUUID());
            insert.executeUpdate();
        }
        try (Database db = Database.openFile(dir, "seat")) {
            JooqTicketRepository repository = new JooqTicketRepository(db);
            assertThat(found(repository, "AB12")).isEqualTo(1);
            assertThat(found(repository, "POS123")).isEqualTo(1);
            assertThat(found(repository, "+442079")).isEqualTo(1);
            assertThat(found(repository, "+44 20 79")).isEqualTo(1);
            assertThat(repository.query(search("ab12")).tickets()).singleElement()
                    .satisfies(t -> assertThat(t.terminalId()).as("shown as typed").isEqualTo("ab12cd34"));
        }
    }

    @Test
    void aPrefixThatManyTicketsShareGivesTheFirstPageInQueueOrderAndCountsEveryMatch() {
        int many = JooqTicketRepository.NARROW_SEARCH + 200;
        Instant start = Fixtures.MORNING;
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < many; i++) {
            Level level = i % 5 == 2 ? Level.URGENT : Level.NORMAL;
            TicketStatus status = i % 2 == 0 ? TicketStatus.NEW : TicketStatus.CLOSED;
            tickets.add(ticket(i, "138 0000 %04d".formatted(i), level, status, start.plus(Duration.ofSeconds(i))));
        }
        tickets.add(ticket(many, "13912345678", Level.URGENT, TicketStatus.NEW, start));
        try (Database db = Database.openFile(dir, "seat")) {
            BenchData.insertTickets(db, tickets);
            // counts past the default cap, to check that the broad-prefix page counts every match
            JooqTicketRepository repository = new JooqTicketRepository(db, 1_000_000);
            List<Ticket> phones138 = tickets.stream().filter(t -> t.contactPhone().startsWith("138")).toList();

            TicketPage page = repository.query(new TicketQuery(null, null, null, "1380000", 100));
            assertThat(page.totalMatching()).isEqualTo(many);
            assertThat(page.tickets()).extracting(Ticket::id)
                    .containsExactlyElementsOf(queueOrder(phones138).subList(0, 100));

            TicketPage urgentNew = repository.query(new TicketQuery(TicketStatus.NEW, null, Level.URGENT, "138 0", 50));
            List<UUID> expected = queueOrder(phones138.stream()
                    .filter(t -> t.level() == Level.URGENT && t.status() == TicketStatus.NEW).toList());
            assertThat(urgentNew.totalMatching()).isEqualTo(expected.size());
            assertThat(urgentNew.tickets()).extracting(Ticket::id).containsExactlyElementsOf(expected.subList(0, 50));

            assertThat(repository.query(new TicketQuery(null, null, null, "13", 10)).totalMatching()).isEqualTo(many + 1);
            assertThat(found(repository, "1391")).isEqualTo(1);

            TicketPage capped = new JooqTicketRepository(db).query(new TicketQuery(null, null, null, "1380000", 100));
            assertThat(capped.totalMatching()).isEqualTo(JooqTicketRepository.COUNT_CAP);
            assertThat(capped.atLeast()).as("1,200 match, counted up to the cap").isTrue();
            assertThat(capped.tickets()).extracting(Ticket::id).isEqualTo(page.tickets().stream().map(Ticket::id).toList());
        }
    }

    private static List<UUID> queueOrder(List<Ticket> tickets) {
        return tickets.stream()
                .sorted(Comparator.comparing((Ticket t) -> t.level().priority()).thenComparing(Ticket::createdAt)
                        .thenComparing(Ticket::number))
                .map(Ticket::id).toList();
    }

    private static Ticket ticket(int n, String phone, Level level, TicketStatus status, Instant createdAt) {
        Ticket t = Fixtures.ticket(TicketType.BUSINESS_REQUEST, status, createdAt);
        return new Ticket(UUID.randomUUID(), "Y-20261122-S07-%04d".formatted(n + 1), t.type(), level, t.serviceKind(),
                t.requesterKind(), t.requesterName(), t.terminalId(), t.merchantId(), t.posBarcode(), t.installAddress(),
                t.contactPerson(), phone, t.description(), status, t.handlingStatus(), t.dispatchKind(),
                t.dispatchTarget(), t.dispatchedAt(), t.callbackAttempts(), t.region(), t.deskId(), t.seatCode(),
                t.createdBy(), createdAt, createdAt, t.version());
    }

    private static int found(JooqTicketRepository repository, String text) {
        return repository.query(search(text)).totalMatching();
    }

    private static TicketQuery search(String text) {
        return new TicketQuery(null, null, null, text, 100);
    }
}

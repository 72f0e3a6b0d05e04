package org.seatdesk.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatdesk.store.jooq.Tables.HANDOVER_ACK;
import static org.seatdesk.store.jooq.Tables.HANDOVER_ENTRY;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqHandoverRepository;
import org.seatdesk.store.JooqTicketRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketService;

/// R-SH-2 on a real H2 file: entries and acknowledgements are checked, stored with their outbox
/// operation, and read back with who acknowledged where and when.
class HandoverServiceTest {

    @TempDir
    Path dir;
    private Database db;
    private HandoverService handover;
    private TicketService tickets;
    private final MutableClock clock = new MutableClock(Fixtures.MORNING);
    private final Author outgoing = new Author(UUID.randomUUID(), "刘洋", "S07", "HQ", "CN");
    private final Author incoming = new Author(UUID.randomUUID(), "李晓燕", "S07", "HQ", "CN");

    @BeforeEach
    void open() {
        db = Database.openFile(dir, "seat");
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        handover = new HandoverService(new JooqHandoverRepository(db), clock, ids, Duration.ofHours(24));
        tickets = new TicketService(new JooqTicketRepository(db), Fixtures.shippedValidator(), clock, Fixtures.CENTRE_ZONE, ids);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEntryWithALinkedTicketIsStoredWithItsOutboxOperation_R_SH_2() {
        Ticket ticket = tickets.register(Fixtures.completeDraft(), outgoing);
        List<String> linked = HandoverService.parseTicketNumbers(ticket.number().toLowerCase() + "，");

        HandoverEntry entry = handover.write(HandoverCategory.DIFFICULT_PROBLEM, "  商户多次投诉，请跟进  ", linked, outgoing);

        List<HandoverItem> log = handover.recent("CN");
        assertThat(log).extracting(i -> i.entry().id()).containsExactly(entry.id());
        assertThat(log.getFirst().entry().body()).isEqualTo("商户多次投诉，请跟进");
        assertThat(log.getFirst().entry().ticketNumbers()).containsExactly(ticket.number());
        assertThat(TestData.outboxFor(db, entry.id())).extracting(OutboxOperation::entity).containsExactly("handover_entry");
    }

    @Test
    void everyProblemIsReportedAndNothingIsWritten_R_SH_2() {
        assertThatThrownBy(() -> handover.write(null, " ", List.of("T-20261122-S07-9999", "nonsense"), outgoing))
                .isInstanceOfSatisfying(InvalidHandoverException.class, e -> assertThat(e.problems()).containsExactly(
                        new HandoverProblem(HandoverProblem.Field.CATEGORY, HandoverProblem.Kind.REQUIRED, ""),
                        new HandoverProblem(HandoverProblem.Field.BODY, HandoverProblem.Kind.REQUIRED, ""),
                        new HandoverProblem(HandoverProblem.Field.TICKETS, HandoverProblem.Kind.UNKNOWN_TICKET,
                                "T-20261122-S07-9999")));
        assertThat(handover.check(HandoverCategory.PERSONNEL, "x".repeat(HandoverService.BODY_LIMIT + 1), List.of("nonsense")))
                .extracting(HandoverProblem::kind)
                .containsExactly(HandoverProblem.Kind.TOO_LONG, HandoverProblem.Kind.BAD_TICKET_NUMBER);
        assertThat(TestData.count(db, HANDOVER_ENTRY)).isZero();
        assertThat(TestData.outboxRows(db)).isZero();
    }

    @Test
    void theSuccessorsAcknowledgementAtTheSeatCompletesTheHandover_R_SH_2() {
        handover.write(HandoverCategory.EQUIPMENT_STATUS, "耳机左声道有杂音", List.of(), outgoing);
        clock.advance(Duration.ofMinutes(30));
        HandoverItem item = handover.recent("CN").getFirst();
        assertThat(HandoverService.waitingFor(List.of(item), incoming)).isEqualTo(1);

        HandoverAck ack = handover.acknowledge(item, incoming);

        HandoverItem after = handover.recent("CN").getFirst();
        assertThat(after.status()).isEqualTo(HandoverStatus.COMPLETE);
        assertThat(after.acks()).containsExactly(ack);
        assertThat(ack.acknowledgedAt()).isEqualTo(clock.instant());
        assertThat(HandoverService.waitingFor(List.of(after), incoming)).isZero();
        assertThat(TestData.outboxFor(db, ack.id())).extracting(OutboxOperation::entity).containsExactly("handover_ack");
        assertThatThrownBy(() -> handover.acknowledge(after, outgoing)).isInstanceOf(IllegalStateException.class);
        assertThat(TestData.count(db, HANDOVER_ACK)).isEqualTo(1);
    }

    @Test
    void theLogShowsTheWindowOfTheRegionOnly_R_SH_2() {
        handover.write(HandoverCategory.PERSONNEL, "昨天的交接", List.of(), outgoing);
        clock.advance(Duration.ofHours(25));
        handover.write(HandoverCategory.PERSONNEL, "今天的交接", List.of(), outgoing);
        handover.write(HandoverCategory.PERSONNEL, "广东的交接", List.of(), new Author(UUID.randomUUID(), "梁嘉欣", "S11", "GD", "CN-GD"));

        assertThat(handover.recent("CN")).extracting(i -> i.entry().body()).containsExactly("今天的交接");
    }
}

package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.store.jooq.Tables.DESK;
import static org.seatdesk.store.jooq.Tables.FIELD_INSPECTOR;
import static org.seatdesk.store.jooq.Tables.OUTBOX;
import static org.seatdesk.store.jooq.Tables.SHIFT_ASSIGNMENT;
import static org.seatdesk.store.jooq.Tables.SHIFT_TYPE;
import static org.seatdesk.store.jooq.Tables.STAFF;
import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_COUNTER;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.roster.RosterService;
import org.seatdesk.security.AuthService;
import org.seatdesk.security.LoginResult;
import org.seatdesk.security.LoginThrottle;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.settings.Settings;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketFormats;
import org.seatdesk.ticket.TicketQuery;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ticket.TicketValidator;

class DemoDataWriterTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = LocalDateTime.parse("2026-11-22T10:30:00").atZone(ZONE).toInstant();
    private static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    private static final PasswordHasher HASHER = new PasswordHasher();

    @TempDir
    Path dir;
    private Database db;
    private DemoDataWriter writer;
    private DemoCentre.Data centre;

    @BeforeEach
    void open() {
        db = Database.openFile(dir, "seat");
        writer = new DemoDataWriter(db);
        centre = new DemoCentre(DemoCentre.DEFAULT_SEED, CLOCK, ZONE).generate(HASHER);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void seedsAnEmptyDatabaseWithEveryRowOfTheCentre() {
        assertThat(writer.seedIfEmpty(centre)).isTrue();

        var dsl = db.dsl();
        assertThat(dsl.fetchCount(DESK)).isEqualTo(centre.desks().size()).isEqualTo(3);
        var roster = org.seatdesk.demo.DemoRosterPlan.of(centre, CLOCK.instant()); // issue 5: monitors, a month ahead
        assertThat(dsl.fetchCount(STAFF)).isEqualTo(20 + roster.extraStaff().size());
        assertThat(dsl.fetchCount(SHIFT_TYPE)).isEqualTo(3);
        assertThat(dsl.fetchCount(SHIFT_ASSIGNMENT)).isEqualTo(centre.assignments().size() + roster.extraAssignments().size());
        assertThat(dsl.fetchCount(FIELD_INSPECTOR)).isEqualTo(30);
        assertThat(dsl.fetchCount(TICKET)).isEqualTo(200);
        assertThat(dsl.fetchCount(TICKET_EVENT)).isEqualTo(centre.events().size());
        assertThat(dsl.fetchCount(TICKET_COUNTER)).isEqualTo(centre.counters().size());
    }

    @Test
    void demoTicketsAreExistingDataAndNotLocalChangesForTheOutbox() {
        writer.seedIfEmpty(centre);

        assertThat(db.dsl().fetchCount(OUTBOX)).isZero();
    }

    @Test
    void ticketsReadBackAsGenerated() {
        writer.seedIfEmpty(centre);
        JooqTicketRepository tickets = new JooqTicketRepository(db);

        Ticket first = centre.tickets().getFirst();
        assertThat(tickets.find(first.id())).contains(first);
        assertThat(tickets.history(first.id())).isEqualTo(
                centre.events().stream().filter(e -> e.ticketId().equals(first.id())).toList());
        assertThat(tickets.query(TicketQuery.all()).totalMatching()).isEqualTo(200);
    }

    @Test
    void aSecondStartIsANoOpThatKeepsTheData() {
        writer.seedIfEmpty(centre);
        AtomicInteger generated = new AtomicInteger();

        boolean again = writer.seedIfEmpty(() -> {
            generated.incrementAndGet();
            return centre;
        });

        assertThat(again).isFalse();
        assertThat(generated).as("no centre generated, no password hashed").hasValue(0);
        assertThat(db.dsl().fetchCount(TICKET)).isEqualTo(200);
        assertThat(db.dsl().fetchCount(STAFF)).isEqualTo(20 + org.seatdesk.demo.DemoRosterPlan.of(centre, CLOCK.instant())
                .extraStaff().size());
    }

    @Test
    void theDataSurvivesClosingAndReopeningTheDatabase() {
        writer.seedIfEmpty(centre);
        db.close();

        db = Database.openFile(dir, "seat");
        assertThat(new DemoDataWriter(db).seedIfEmpty(centre)).isFalse();
        assertThat(db.dsl().fetchCount(TICKET)).isEqualTo(200);
    }

    @Test
    void a001LogsInWithTheDemoPasswordAtSeatS07() {
        writer.seedIfEmpty(centre);
        AuthService auth = new AuthService(new JooqStaffRepository(db), HASHER, new LoginThrottle(CLOCK), CLOCK, null);

        LoginResult result = auth.login("a001", DemoCentre.DEMO_PASSWORD);

        assertThat(result).isInstanceOfSatisfying(LoginResult.Success.class, ok -> {
            assertThat(ok.session().seatCode()).isEqualTo("S07");
            assertThat(ok.session().staff().role()).isEqualTo(org.seatdesk.security.Role.AGENT);
            assertThat(ok.session().author().region()).isEqualTo("CN");
        });
        assertThat(auth.login("M001", "wrong")).isInstanceOf(LoginResult.Refused.class);
    }

    @Test
    void theStatusBarShowsA001sCurrentShift() {
        writer.seedIfEmpty(centre);
        var a001 = centre.staff("A001").orElseThrow();

        assertThat(new RosterService(new JooqRosterRepository(db), ZONE).currentShift(a001.id(), NOW)).isPresent();
    }

    /// R-TK-8, sync principle 5: the per-seat counter continues after the demo numbers of today.
    @Test
    void aTicketRegisteredAtS07AfterSeedingGetsTheNextFreeNumber_R_TK_8() {
        writer.seedIfEmpty(centre);
        LocalDate today = LocalDate.ofInstant(NOW, ZONE);
        int lastDemo = centre.counters().stream()
                .filter(c -> c.seatCode().equals("S07") && c.day().equals(today))
                .findFirst().orElseThrow().lastValue();
        var session = ((LoginResult.Success) new AuthService(new JooqStaffRepository(db), HASHER,
                new LoginThrottle(CLOCK), CLOCK, null).login("A001", DemoCentre.DEMO_PASSWORD)).session();
        Settings settings = new Settings(new JooqSettingRepository(db));
        TicketService service = new TicketService(new JooqTicketRepository(db),
                new TicketValidator(TicketFormats.from(settings)), CLOCK, ZONE, new TimeOrderedIds(CLOCK));

        Ticket ticket = service.register(new TicketDraft(TicketType.BUSINESS_REQUEST, Level.URGENT,
                ServiceKind.EQUIPMENT_FAULT, RequesterKind.MERCHANT, "好又多便利店", "10234567", "", "",
                "广东省广州市天河区体育西路123号首层", "陈先生", "13800138000", "刷卡提示通讯失败"), session.author());

        assertThat(ticket.number()).isEqualTo("Y-20261122-S07-%04d".formatted(lastDemo + 1));
        assertThat(centre.tickets()).extracting(Ticket::number).doesNotContain(ticket.number());
        assertThat(db.dsl().fetchCount(TICKET)).isEqualTo(201);
        assertThat(db.dsl().fetchCount(OUTBOX)).isEqualTo(2); // the ticket and its first history entry (ADR 0013)
    }
}

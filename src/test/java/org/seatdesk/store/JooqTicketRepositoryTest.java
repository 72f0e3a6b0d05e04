package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_COUNTER;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.InvalidTicketException;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.Registration;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketEvent;
import org.seatdesk.ticket.TicketPage;
import org.seatdesk.ticket.TicketQuery;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;

/// Registering and finding tickets in a real H2 file: sync principle 1 (row + outbox in one
/// transaction), R-TK-8 numbers, the queue order and search, R-TK-13 history.
class JooqTicketRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.MORNING);
    private final Author s07 = Fixtures.author("S07");
    private Database db;
    private JooqTicketRepository repository;
    private TicketService service;

    @BeforeEach
    void open() {
        db = Database.openFile(dir, "seat");
        repository = new JooqTicketRepository(db);
        service = newService(clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TicketService newService(Clock at) {
        return new TicketService(repository, Fixtures.shippedValidator(), at, Fixtures.CENTRE_ZONE, new TimeOrderedIds(at));
    }

    private Ticket register(UnaryOperator<DraftBuilder> change) {
        clock.advance(Duration.ofSeconds(1)); // every ticket a little later than the one before
        return service.register(change.apply(new DraftBuilder()).build(), s07);
    }

    private Ticket register() {
        return register(d -> d);
    }

    /// Issue "The console on a real desk": a seat never writes a time the hub would refuse (outside
    /// 2000..2100, InstantRange); a console whose clock is that wrong saves nothing half-way.
    @Test
    void aConsoleWhoseClockIsOutsideTheInstantRangeWritesNeitherTheTicketNorItsOutboxOperation() {
        JooqDraftRepository drafts = new JooqDraftRepository(db, clock);
        drafts.save(s07.staffId(), Fixtures.completeDraft());
        TicketService wrongClock = newService(Clock.fixed(java.time.Instant.parse("1999-12-31T23:00:00Z"), java.time.ZoneOffset.UTC));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wrongClock.register(Fixtures.completeDraft(), s07))
                .satisfies(e -> assertThat(org.seatdesk.sync.InstantRange.isOutOfRange(e)).isTrue());

        assertThat(TestData.count(db, org.seatdesk.store.jooq.Tables.TICKET)).isZero();
        assertThat(TestData.outbox(db)).isEmpty();
        assertThat(drafts.load(s07.staffId())).as("what was typed is kept").isPresent();
    }

    @Test
    void registerCommitsTicketFirstEventAndOutboxOperationAndDeletesTheAuthorsDraft() {
        JooqDraftRepository drafts = new JooqDraftRepository(db, clock);
        drafts.save(s07.staffId(), Fixtures.completeDraft());

        Ticket ticket = service.register(Fixtures.completeDraft(), s07);

        assertThat(ticket.number()).isEqualTo("Y-20261122-S07-0001"); // R-TK-8, the centre's date
        assertThat(repository.find(ticket.id())).contains(ticket);
        assertThat(repository.history(ticket.id())).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(TicketEvent.Kind.CREATED);
            assertThat(event.actorId()).isEqualTo(s07.staffId());
            assertThat(event.at()).isEqualTo(ticket.createdAt());
            assertThat(event.detail()).isEqualTo(ticket.number());
        });
        assertThat(TestData.outbox(db)).hasSize(2).last().satisfies(op -> { // R-TK-13: the history entry syncs too
            assertThat(op.entity()).isEqualTo("ticket_event");
            assertThat(op.kind()).isEqualTo(OutboxOperation.Kind.APPEND);
            assertThat(Payloads.read(op.payload(), TicketEvent.class)).isEqualTo(repository.history(ticket.id()).getFirst());
        });
        assertThat(TestData.outbox(db)).first().satisfies(op -> {
            assertThat(op.entity()).isEqualTo("ticket");
            assertThat(op.entityId()).isEqualTo(ticket.id());
            assertThat(op.kind()).isEqualTo(OutboxOperation.Kind.CREATE);
            assertThat(Payloads.read(op.payload(), Ticket.class)).isEqualTo(ticket);
        });
        assertThat(drafts.load(s07.staffId())).isEmpty();
        assertThat(TestData.counter(db, "S07", DAY)).contains(1);
    }

    @Test
    void ticketReadBackEqualsTheAcknowledgedOneWhenTheClockHasNanoseconds() {
        // H2 keeps microseconds; the ticket handed to the UI and put in the outbox must be the stored one
        Clock fine = Clock.fixed(Instant.parse("2026-11-22T02:00:00.123456789Z"), Fixtures.CENTRE_ZONE);
        Ticket ticket = newService(fine).register(Fixtures.completeDraft(), s07);

        assertThat(repository.find(ticket.id())).contains(ticket);
        assertThat(repository.history(ticket.id())).singleElement()
                .satisfies(event -> assertThat(event.at()).isEqualTo(ticket.createdAt()));
        assertThat(Payloads.read(TestData.outboxFor(db, ticket.id()).getFirst().payload(), Ticket.class))
                .isEqualTo(ticket);
    }

    @Test
    void registerLeavesOtherAgentsDraftsAlone() {
        JooqDraftRepository drafts = new JooqDraftRepository(db, clock);
        Author s08 = Fixtures.author("S08");
        drafts.save(s08.staffId(), Fixtures.completeDraft());
        register();
        assertThat(drafts.load(s08.staffId())).contains(Fixtures.completeDraft());
    }

    @Test
    void failingBuildWritesNothingAndDoesNotAdvanceTheCounter() {
        Ticket first = register();
        JooqDraftRepository drafts = new JooqDraftRepository(db, clock);
        drafts.save(first.createdBy(), Fixtures.completeDraft());

        assertThatThrownBy(() -> repository.register("S07", DAY, counter -> {
            throw new IllegalStateException("build failed at counter " + counter);
        })).hasMessageContaining("build failed at counter 2");

        assertThat(TestData.count(db, TICKET)).isEqualTo(1);
        assertThat(TestData.count(db, TICKET_EVENT)).isEqualTo(1);
        assertThat(TestData.outboxRows(db)).isEqualTo(2);
        assertThat(TestData.counter(db, "S07", DAY)).contains(1);
        assertThat(drafts.load(first.createdBy())).isPresent();
        assertThat(register().number()).endsWith("-0002");
    }

    @Test
    void failingFirstBuildOfTheDayLeavesNoCounterRow() {
        assertThatThrownBy(() -> repository.register("S09", DAY, counter -> {
            throw new IllegalStateException("no");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(TestData.count(db, TICKET_COUNTER)).isZero();
    }

    @Test
    void failureOfTheLastInsertRollsBackTicketEventCounterAndDraftDeletion() {
        // the outbox insert fails after ticket and event were written: all of it must go
        Ticket first = register();
        OutboxOperation taken = TestData.outbox(db).getFirst();
        JooqDraftRepository drafts = new JooqDraftRepository(db, clock);
        drafts.save(s07.staffId(), Fixtures.completeDraft());

        assertThatThrownBy(() -> repository.register("S07", DAY, counter -> {
            Ticket ticket = withNumber(first, UUID.randomUUID(), "Y-20261122-S07-000" + counter);
            TicketEvent event = new TicketEvent(UUID.randomUUID(), ticket.id(), ticket.createdAt(), s07.staffId(),
                    s07.name(), TicketEvent.Kind.CREATED, ticket.number());
            OutboxOperation duplicateOp = OutboxOperation.create("ticket", ticket.id(), "{}", taken.opId(),
                    ticket.createdAt());
            return new Registration(ticket, event, duplicateOp,
                    OutboxOperation.create("ticket_event", event.id(), "{}", UUID.randomUUID(), ticket.createdAt()));
        })).isInstanceOf(DataAccessException.class);

        assertThat(TestData.count(db, TICKET)).isEqualTo(1);
        assertThat(TestData.count(db, TICKET_EVENT)).isEqualTo(1);
        assertThat(TestData.outboxRows(db)).isEqualTo(2);
        assertThat(TestData.counter(db, "S07", DAY)).contains(1);
        assertThat(drafts.load(s07.staffId())).isPresent();
    }

    @Test
    void invalidDraftIsRefusedBeforeAnythingIsWritten() {
        // R-TK-3: a ticket cannot be saved without its required fields
        TicketDraft noPhone = new DraftBuilder().phone("").build();
        assertThatThrownBy(() -> service.register(noPhone, s07)).isInstanceOf(InvalidTicketException.class);
        assertThat(TestData.count(db, TICKET)).isZero();
        assertThat(TestData.outboxRows(db)).isZero();
        assertThat(TestData.count(db, TICKET_COUNTER)).isZero();
    }

    @Test
    void countersIncrementPerSeatAndDayIndependently() {
        // R-TK-8 / sync principle 5: numbers are unique without the hub because each seat counts its own day
        Author s08 = Fixtures.author("S08");
        assertThat(register().number()).isEqualTo("Y-20261122-S07-0001");
        assertThat(register().number()).isEqualTo("Y-20261122-S07-0002");
        assertThat(service.register(Fixtures.completeDraft(), s08).number()).isEqualTo("Y-20261122-S08-0001");
        assertThat(register(d -> d.type(TicketType.COMPLAINT)).number()).isEqualTo("T-20261122-S07-0003");

        clock.set(Instant.parse("2026-11-22T16:00:00Z")); // 00:00 on the 23rd in Beijing
        assertThat(register().number()).isEqualTo("Y-20261123-S07-0001");
        assertThat(service.register(Fixtures.completeDraft(), s08).number()).isEqualTo("Y-20261123-S08-0001");

        clock.set(Instant.parse("2026-11-22T15:58:00Z")); // a late entry still on the 22nd
        assertThat(register().number()).isEqualTo("Y-20261122-S07-0004");
        assertThat(TestData.counter(db, "S08", DAY)).contains(1);
    }

    @Test
    void countersContinueAfterTheDatabaseIsReopened() {
        register();
        register();
        db.close();
        db = Database.openFile(dir, "seat");
        repository = new JooqTicketRepository(db);
        service = newService(clock);
        assertThat(register().number()).isEqualTo("Y-20261122-S07-0003");
    }

    @Test
    void queueShowsUrgentFirstThenOldest() {
        // R-TK-8: urgent tickets are handled first and sort first
        Ticket normalOld = register();
        Ticket urgentOld = register(d -> d.level(Level.URGENT));
        Ticket normalNew = register();
        Ticket urgentNew = register(d -> d.level(Level.URGENT));

        assertThat(repository.query(TicketQuery.all()).tickets()).extracting(Ticket::id)
                .containsExactly(urgentOld.id(), urgentNew.id(), normalOld.id(), normalNew.id());
    }

    @Test
    void queueFiltersByStatusTypeAndLevel() {
        Ticket complaint = register(d -> d.type(TicketType.COMPLAINT).level(Level.URGENT));
        Ticket consultation = register(d -> d.type(TicketType.CONSULTATION));
        Ticket dispatched = registerRaw(t -> withStatus(t, TicketStatus.DISPATCHED));
        Ticket closed = registerRaw(t -> withStatus(t, TicketStatus.CLOSED));

        assertThat(ids(new TicketQuery(TicketStatus.NEW, null, null, "", 100)))
                .containsExactlyInAnyOrder(complaint.id(), consultation.id());
        assertThat(ids(new TicketQuery(TicketStatus.DISPATCHED, null, null, "", 100))).containsExactly(dispatched.id());
        assertThat(ids(new TicketQuery(TicketStatus.CLOSED, null, null, "", 100))).containsExactly(closed.id());
        assertThat(ids(new TicketQuery(null, TicketType.COMPLAINT, null, "", 100))).containsExactly(complaint.id());
        assertThat(ids(new TicketQuery(null, null, Level.URGENT, "", 100))).containsExactly(complaint.id());
        assertThat(ids(new TicketQuery(TicketStatus.NEW, TicketType.CONSULTATION, Level.NORMAL, "", 100)))
                .containsExactly(consultation.id());
        assertThat(ids(new TicketQuery(TicketStatus.CLOSED, TicketType.COMPLAINT, null, "", 100))).isEmpty();
    }

    @Test
    void searchFindsByNumberPrefixIgnoringCase() {
        Ticket first = register();
        Ticket second = register();
        Ticket complaint = register(d -> d.type(TicketType.COMPLAINT));

        assertThat(ids(search("Y-20261122-S07"))).containsExactly(first.id(), second.id());
        assertThat(ids(search(second.number()))).containsExactly(second.id());
        assertThat(ids(search("t-20261122"))).containsExactly(complaint.id());
        assertThat(ids(search("  " + first.number() + " "))).containsExactly(first.id());
        assertThat(ids(search("20261122"))).isEmpty(); // a prefix, not a substring
    }

    @Test
    void searchFindsByPhoneTerminalMerchantAndBarcodePrefix() {
        Ticket mobile = register(d -> d.phone("13812345678").terminal("AB12CD34").merchant("").barcode(""));
        Ticket landline = register(d -> d.phone("010-12345678").terminal("").merchant("123456789012345").barcode(""));
        Ticket barcode = register(d -> d.phone("0571-8888888-123").terminal("").merchant("").barcode("POS9988776655"));

        assertThat(ids(search("1381234"))).containsExactly(mobile.id());
        assertThat(ids(search("010-1234"))).containsExactly(landline.id());
        assertThat(ids(search("0571-8888888-123"))).containsExactly(barcode.id());
        assertThat(ids(search("AB12"))).containsExactly(mobile.id());
        assertThat(ids(search("ab12cd"))).containsExactly(mobile.id());
        assertThat(ids(search("1234567890"))).containsExactly(landline.id());
        assertThat(ids(search("POS998"))).containsExactly(barcode.id());
        assertThat(ids(search("CD34"))).isEmpty();
    }

    @Test
    void searchFindsAPhoneTypedWithSpacesWhicheverWayItIsSearched() {
        // R-TK-3 accepts "+44 20 7946 0958"; spaces are how people read a number, not part of it
        Ticket spaced = register(d -> d.phone("+44 20 7946 0958"));
        Ticket compact = register(d -> d.phone("+34912345678"));

        assertThat(ids(search("+44 20 7946"))).containsExactly(spaced.id());
        assertThat(ids(search("+442079460958"))).containsExactly(spaced.id());
        assertThat(ids(search("+34 912 345"))).containsExactly(compact.id());
    }

    @Test
    void searchFindsAnIdentifierTypedInLowerCase() {
        // the validator accepts identifiers case-insensitively, so search must find them the same way
        Ticket lower = register(d -> d.terminal("ab12cd34").merchant("").barcode("pos1234567890"));
        assertThat(ids(search("AB12CD34"))).containsExactly(lower.id());
        assertThat(ids(search("ab12"))).containsExactly(lower.id());
        assertThat(ids(search("pos123"))).containsExactly(lower.id());
    }

    @Test
    void likeWildcardsInTheSearchAreTakenLiterally() {
        Ticket plain = register(d -> d.terminal("AB12CD34"));
        Ticket odd = registerRaw(t -> withIdentifiers(t, "X_Y%Z!1", "", ""));

        assertThat(ids(search("%"))).isEmpty();
        assertThat(ids(search("_"))).isEmpty();
        assertThat(ids(search("A_12"))).isEmpty();
        assertThat(ids(search("AB%34"))).isEmpty();
        assertThat(ids(search("!"))).isEmpty();
        assertThat(ids(search("X_Y%"))).containsExactly(odd.id());
        assertThat(ids(search("X_Y%Z!"))).containsExactly(odd.id());
        assertThat(ids(search("XAY"))).isEmpty();
        assertThat(ids(search("AB12"))).containsExactly(plain.id());
    }

    @Test
    void totalMatchingCountsEveryMatchWhenTheLimitCutsTheList() {
        for (int i = 0; i < 7; i++) {
            TicketType type = i % 2 == 0 ? TicketType.CONSULTATION : TicketType.PRAISE;
            register(d -> d.type(type));
        }
        TicketPage page = repository.query(new TicketQuery(null, null, null, "", 3));
        assertThat(page.tickets()).hasSize(3);
        assertThat(page.totalMatching()).isEqualTo(7);

        TicketPage consultations = repository.query(new TicketQuery(null, TicketType.CONSULTATION, null, "", 2));
        assertThat(consultations.tickets()).hasSize(2);
        assertThat(consultations.totalMatching()).isEqualTo(4);

        TicketPage exact = repository.query(new TicketQuery(null, TicketType.PRAISE, null, "", 3));
        assertThat(exact.tickets()).hasSize(3);
        assertThat(exact.totalMatching()).isEqualTo(3);

        TicketPage roomy = repository.query(new TicketQuery(null, null, null, "", 100));
        assertThat(roomy.tickets()).hasSize(7);
        assertThat(roomy.totalMatching()).isEqualTo(7);
    }

    @Test
    void aFullPageCountsItsMatchesUpToTheCapAndThenSaysAtLeast() {
        for (int i = 0; i < 8; i++) {
            TicketType type = i % 4 == 0 ? TicketType.PRAISE : TicketType.CONSULTATION;
            register(d -> d.type(type));
        }
        JooqTicketRepository capped = new JooqTicketRepository(db, 4);

        TicketPage all = capped.query(new TicketQuery(null, null, null, "", 3));
        assertThat(all.tickets()).hasSize(3);
        assertThat(all.totalMatching()).isEqualTo(4);
        assertThat(all.atLeast()).isTrue();

        TicketPage consultations = capped.query(new TicketQuery(null, TicketType.CONSULTATION, null, "", 3));
        assertThat(consultations.totalMatching()).isEqualTo(4);
        assertThat(consultations.atLeast()).as("4 of 6 counted, more match").isTrue();

        TicketPage atTheCap = capped.query(new TicketQuery(null, TicketType.CONSULTATION, null, "", 6));
        assertThat(atTheCap.tickets()).hasSize(6);
        assertThat(atTheCap.totalMatching()).isEqualTo(4);
        assertThat(atTheCap.atLeast()).isTrue();

        TicketPage exactUnderTheCap = capped.query(new TicketQuery(null, TicketType.PRAISE, null, "", 1));
        assertThat(exactUnderTheCap.totalMatching()).isEqualTo(2);
        assertThat(exactUnderTheCap.atLeast()).isFalse();

        TicketPage notFull = capped.query(new TicketQuery(null, null, null, "", 100));
        assertThat(notFull.tickets()).hasSize(8);
        assertThat(notFull.totalMatching()).isEqualTo(8);
        assertThat(notFull.atLeast()).as("a page that is not full is the exact count").isFalse();
    }

    @Test
    void limitKeepsTheFirstTicketsOfTheQueueOrder() {
        Ticket normal = register();
        Ticket urgent = register(d -> d.level(Level.URGENT));
        register();
        assertThat(repository.query(new TicketQuery(null, null, null, "", 2)).tickets()).extracting(Ticket::id)
                .containsExactly(urgent.id(), normal.id());
    }

    @Test
    void historyListsEventsOldestFirst() {
        // R-TK-13: who, when, what, in order, however the events were written
        Ticket ticket = register();
        Instant created = ticket.createdAt();
        TestData.appendEvent(db, ticket.id(), created.plus(Duration.ofMinutes(30)), TicketEvent.Kind.CLOSED, "已完结");
        TestData.appendEvent(db, ticket.id(), created.plus(Duration.ofMinutes(5)), TicketEvent.Kind.DISPATCHED, "直派");
        TestData.appendEvent(db, ticket.id(), created.plus(Duration.ofMinutes(20)), TicketEvent.Kind.HANDLING_REPORTED,
                "已预约");
        Ticket other = register();

        List<TicketEvent> history = repository.history(ticket.id());
        assertThat(history).extracting(TicketEvent::kind).containsExactly(TicketEvent.Kind.CREATED,
                TicketEvent.Kind.DISPATCHED, TicketEvent.Kind.HANDLING_REPORTED, TicketEvent.Kind.CLOSED);
        assertThat(history).extracting(TicketEvent::detail).containsExactly(ticket.number(), "直派", "已预约", "已完结");
        assertThat(repository.history(other.id())).hasSize(1);
        assertThat(repository.history(UUID.randomUUID())).isEmpty();
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        register();
        assertThat(repository.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void chineseTextIsStoredAndReadBackUnchanged() {
        Ticket ticket = register(d -> d.address("浙江省杭州市西湖区文三路 478 号（华星科技大厦）"));
        assertThat(repository.find(ticket.id())).hasValueSatisfying(found -> {
            assertThat(found.installAddress()).isEqualTo("浙江省杭州市西湖区文三路 478 号（华星科技大厦）");
            assertThat(found.contactPerson()).isEqualTo("王伟");
        });
    }

    private TicketQuery search(String text) {
        return new TicketQuery(null, null, null, text, 100);
    }

    private List<UUID> ids(TicketQuery query) {
        return repository.query(query).tickets().stream().map(Ticket::id).toList();
    }

    /// Registers a ticket the service would not produce (another status, odd identifiers), as sync will.
    private Ticket registerRaw(UnaryOperator<Ticket> change) {
        clock.advance(Duration.ofSeconds(1));
        Instant now = clock.instant();
        return repository.register("S07", DAY, counter -> {
            Ticket base = Fixtures.ticket(TicketType.BUSINESS_REQUEST, TicketStatus.NEW, now);
            Ticket ticket = change.apply(withNumber(base, UUID.randomUUID(),
                    "Y-20261122-S07-%04d".formatted(counter)));
            TicketEvent event = new TicketEvent(UUID.randomUUID(), ticket.id(), now, s07.staffId(), s07.name(),
                    TicketEvent.Kind.CREATED, ticket.number());
            return new Registration(ticket, event,
                    OutboxOperation.create("ticket", ticket.id(), "{}", UUID.randomUUID(), now),
                    OutboxOperation.create("ticket_event", event.id(), "{}", UUID.randomUUID(), now));
        });
    }

    private static Ticket withNumber(Ticket t, UUID id, String number) {
        return new Ticket(id, number, t.type(), t.level(), t.serviceKind(), t.requesterKind(), t.requesterName(),
                t.terminalId(), t.merchantId(), t.posBarcode(), t.installAddress(), t.contactPerson(), t.contactPhone(),
                t.description(), t.status(), t.handlingStatus(), t.dispatchKind(), t.dispatchTarget(), t.dispatchedAt(),
                t.callbackAttempts(), t.region(), t.deskId(), t.seatCode(), t.createdBy(), t.createdAt(), t.updatedAt(),
                t.version());
    }

    private static Ticket withStatus(Ticket t, TicketStatus status) {
        return new Ticket(t.id(), t.number(), t.type(), t.level(), t.serviceKind(), t.requesterKind(),
                t.requesterName(), t.terminalId(), t.merchantId(), t.posBarcode(), t.installAddress(),
                t.contactPerson(), t.contactPhone(), t.description(), status, t.handlingStatus(), t.dispatchKind(),
                t.dispatchTarget(), t.createdAt(), t.callbackAttempts(), t.region(), t.deskId(), t.seatCode(),
                t.createdBy(), t.createdAt(), t.updatedAt(), t.version());
    }

    private static Ticket withIdentifiers(Ticket t, String terminal, String merchant, String barcode) {
        return new Ticket(t.id(), t.number(), t.type(), t.level(), t.serviceKind(), t.requesterKind(),
                t.requesterName(), terminal, merchant, barcode, t.installAddress(), t.contactPerson(), "99999",
                t.description(), t.status(), t.handlingStatus(), t.dispatchKind(), t.dispatchTarget(),
                t.dispatchedAt(), t.callbackAttempts(), t.region(), t.deskId(), t.seatCode(), t.createdBy(),
                t.createdAt(), t.updatedAt(), t.version());
    }

    /// A complete draft (R-TK-3) with the fields a test cares about changed.
    private static final class DraftBuilder {
        private TicketType type = TicketType.BUSINESS_REQUEST;
        private Level level = Level.NORMAL;
        private String terminal = "AB12CD34";
        private String merchant = "123456789012345";
        private String barcode = "POS1234567890";
        private String address = "北京市朝阳区建国路88号";
        private String phone = "13812345678";

        DraftBuilder type(TicketType value) { type = value; return this; }
        DraftBuilder level(Level value) { level = value; return this; }
        DraftBuilder terminal(String value) { terminal = value; return this; }
        DraftBuilder merchant(String value) { merchant = value; return this; }
        DraftBuilder barcode(String value) { barcode = value; return this; }
        DraftBuilder address(String value) { address = value; return this; }
        DraftBuilder phone(String value) { phone = value; return this; }

        TicketDraft build() {
            TicketDraft d = Fixtures.completeDraft();
            return new TicketDraft(type, level, d.serviceKind(), d.requesterKind(), d.requesterName(), terminal,
                    merchant, barcode, address, d.contactPerson(), phone, d.description());
        }
    }
}

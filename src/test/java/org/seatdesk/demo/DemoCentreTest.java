package org.seatdesk.demo;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.demo.DemoFixtures.FAKE_HASH;
import static org.seatdesk.demo.DemoFixtures.NOW;
import static org.seatdesk.demo.DemoFixtures.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seatdesk.demo.DemoCentre.Data;
import org.seatdesk.demo.DemoCentre.FieldInspector;
import org.seatdesk.demo.DemoCentre.Tier;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.ticket.Deadlines;
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketEvent;
import org.seatdesk.ticket.TicketFormats;
import org.seatdesk.ticket.TicketNumber;
import org.seatdesk.ticket.TicketPolicy;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ticket.TicketValidator;

class DemoCentreTest {

    private static final String HAN = "\\p{IsHan}{2,4}";

    private final Data data = DemoFixtures.centre();

    @Test
    void hasHqAndTwoRegionalDesksNamedInChineseAndEnglish() {
        assertThat(data.desks()).extracting(DemoCentre.Desk::tier).containsExactly(Tier.HQ, Tier.REGIONAL, Tier.REGIONAL);
        assertThat(data.desks()).allSatisfy(desk -> {
            assertThat(desk.nameZh()).containsPattern("\\p{IsHan}");
            assertThat(desk.nameEn()).matches("[A-Za-z ]+");
        });
    }

    @Test
    void hasTwentyStaffWithTheFixedDemoLoginsAndRoles() {
        assertThat(data.staff()).hasSize(20).extracting(Staff::staffNo).doesNotHaveDuplicates();
        Map<String, Role> fixed = Map.of("A001", Role.AGENT, "A002", Role.AGENT, "M001", Role.SHIFT_MONITOR,
                "D001", Role.DEPARTMENT_DIRECTOR, "C001", Role.CENTRE_DIRECTOR, "Q001", Role.QUALITY_INSPECTOR,
                "K001", Role.KB_EDITOR, "R001", Role.CALLBACK_DESK);
        fixed.forEach((no, role) -> assertThat(data.staff(no)).get().extracting(Staff::role).isEqualTo(role));
        Staff a001 = data.staff("A001").orElseThrow();
        assertThat(a001.name()).matches(HAN);
        assertThat(a001.seatCode()).isEqualTo("S07");
        assertThat(a001.deskId()).isEqualTo("HQ");
        assertThat(data.staff("A002")).get().extracting(Staff::seatCode).isEqualTo("S08");
        assertThat(data.staff()).filteredOn(s -> !fixed.containsKey(s.staffNo()))
                .allSatisfy(s -> assertThat(s.staffNo()).matches("A0\\d\\d"))
                .extracting(Staff::role).containsOnly(Role.AGENT);
    }

    @Test
    void agentsWorkAtAllThreeDesksAndEverySeatIsTakenOnce() {
        assertThat(data.staff()).filteredOn(s -> s.role() == Role.AGENT).extracting(Staff::deskId)
                .containsOnly("HQ", "GD", "ZJ").contains("HQ", "GD", "ZJ");
        List<String> seats = data.staff().stream().map(Staff::seatCode).filter(s -> s != null).toList();
        assertThat(seats).doesNotHaveDuplicates().allMatch(s -> s.matches("S(0[1-9]|1\\d|20)"));
        assertThat(data.staff()).filteredOn(s -> s.role() == Role.AGENT).allMatch(s -> s.seatCode() != null);
    }

    @Test
    void staffRegionIsTheRegionOfTheirDesk() {
        assertThat(data.staff()).allSatisfy(s -> assertThat(s.region()).isEqualTo(desk(s.deskId()).region()));
    }

    @Test
    void everyoneSharesOneHashOfTheDemoPassword() {
        PasswordHasher hasher = new PasswordHasher();
        Data hashed = new DemoCentre(1, java.time.Clock.fixed(NOW, ZONE), ZONE).generate(hasher);
        assertThat(hasher.matches(DemoCentre.DEMO_PASSWORD, hashed.passwordHash())).isTrue();
        assertThat(DemoCentre.DEMO_PASSWORD).isEqualTo("demo");
    }

    @Test
    void hasThirtyInspectorsWithUniqueChineseNamesMobilesAndDistricts() {
        TicketFormats formats = TicketFormats.from(DemoFixtures.defaultSettings());
        assertThat(data.inspectors()).hasSize(30);
        assertThat(data.inspectors()).extracting(FieldInspector::name).doesNotHaveDuplicates().allMatch(n -> n.matches(HAN));
        assertThat(data.inspectors()).extracting(FieldInspector::phone).doesNotHaveDuplicates()
                .allMatch(p -> p.matches("1[3-9]\\d{9}") && formats.isPhone(p));
        assertThat(data.inspectors()).extracting(FieldInspector::area).doesNotHaveDuplicates()
                .allMatch(a -> a.matches("\\p{IsHan}+市\\p{IsHan}+区"));
        assertThat(data.inspectors()).extracting(FieldInspector::region).containsOnly("CN-GD", "CN-ZJ");
    }

    @Test
    void hasThreeShiftTypesAndTheNightShiftCrossesMidnight() {
        assertThat(data.shiftTypes()).extracting(ShiftType::code).containsExactly("DAY", "MIDDLE", "NIGHT");
        ShiftType night = data.shiftTypes().get(2);
        assertThat(night.crossesMidnight()).isTrue();
        assertThat(night.startsAt()).hasHour(20);
        assertThat(night.endsAt()).hasHour(8);
        assertThat(data.shiftTypes()).allSatisfy(t -> assertThat(t.nameZh()).endsWith("班"));
    }

    @Test
    void everyoneIsRosteredInTheWeekBeforeAndTheWeekAfterToday() {
        LocalDate today = LocalDate.ofInstant(NOW, ZONE);
        assertThat(data.assignments()).allSatisfy(a -> assertThat(a.workDay())
                .isBetween(today.minusDays(7), today.plusDays(7)));
        assertThat(data.assignments().stream().map(DemoCentre.ShiftAssignment::staffId).collect(toSet()))
                .containsExactlyInAnyOrderElementsOf(data.staff().stream().map(Staff::id).toList());
        assertThat(data.assignments()).filteredOn(a -> a.workDay().isBefore(today)).isNotEmpty();
        assertThat(data.assignments()).filteredOn(a -> a.workDay().isAfter(today)).isNotEmpty();
    }

    @Test
    void nobodyStartsADayOrMiddleShiftTheMorningAfterANight() {
        Map<String, String> byStaffAndDay = data.assignments().stream().collect(java.util.stream.Collectors.toMap(
                a -> a.staffId() + "@" + a.workDay(), DemoCentre.ShiftAssignment::shiftCode));
        assertThat(data.assignments()).filteredOn(a -> a.shiftCode().equals("NIGHT")).allSatisfy(night ->
                assertThat(byStaffAndDay.getOrDefault(night.staffId() + "@" + night.workDay().plusDays(1), "NIGHT"))
                        .isEqualTo("NIGHT"));
    }

    /// The status bar shows the current shift of whoever logs in with a demo login, at any hour.
    @ParameterizedTest
    @ValueSource(strings = {"00:30", "07:59", "08:00", "10:30", "12:30", "15:59", "16:00", "19:59", "20:00", "23:59"})
    void theDemoLoginsAreOnAShiftThatCoversNow(String time) {
        Instant now = LocalDateTime.parse("2026-11-22T" + time).atZone(ZONE).toInstant();
        Data centre = DemoFixtures.centre(DemoCentre.DEFAULT_SEED, now);
        var roster = DemoFixtures.roster(centre);
        for (String login : DemoRoster.ON_SHIFT_NOW) {
            Staff person = centre.staff(login).orElseThrow();
            assertThat(roster.currentShift(person.id(), now)).as(login + " at " + time).isPresent();
        }
    }

    @Test
    void hasTwoHundredTicketsCoveringEveryValueOfEveryEnum() {
        assertThat(data.tickets()).hasSize(200);
        assertCoversAll(TicketType.values(), Ticket::type);
        assertCoversAll(Level.values(), Ticket::level);
        assertCoversAll(ServiceKind.values(), Ticket::serviceKind);
        assertCoversAll(RequesterKind.values(), Ticket::requesterKind);
        assertCoversAll(TicketStatus.values(), Ticket::status);
        assertCoversAll(HandlingStatus.values(), Ticket::handlingStatus);
        assertCoversAll(DispatchKind.values(), Ticket::dispatchKind);
    }

    private <E> void assertCoversAll(E[] values, Function<Ticket, E> field) {
        assertThat(data.tickets().stream().map(field).filter(v -> v != null).collect(toSet()))
                .containsExactlyInAnyOrder(values);
    }

    @Test
    void everyTicketPassesTheValidatorWithTheDefaultFormats_R_TK_3() {
        TicketValidator validator = new TicketValidator(TicketFormats.from(DemoFixtures.defaultSettings()));
        assertThat(data.tickets()).allSatisfy(t -> assertThat(validator.validate(draftOf(t))).as(t.number()).isEmpty());
    }

    @Test
    void ticketsAreWrittenInChineseAndInEnglish() {
        assertThat(data.tickets()).anyMatch(t -> t.description().matches(".*\\p{IsHan}.*"));
        assertThat(data.tickets()).anyMatch(t -> t.description().matches("[\\p{ASCII}“”’]+"));
        assertThat(data.tickets()).noneMatch(t -> t.description().contains("{"));
    }

    @Test
    void numbersAreUniqueValidAndCountUpPerSeatAndDayInOrderOfCreation_R_TK_8() {
        assertThat(data.tickets()).extracting(Ticket::number).doesNotHaveDuplicates().allMatch(TicketNumber::isValid);
        Map<String, List<Ticket>> bySeatDay = data.tickets().stream()
                .collect(groupingBy(t -> t.seatCode() + "@" + LocalDate.ofInstant(t.createdAt(), ZONE)));
        bySeatDay.values().forEach(seatDay -> {
            List<Ticket> inOrder = seatDay.stream().sorted(Comparator.comparing(Ticket::createdAt)).toList();
            for (int i = 0; i < inOrder.size(); i++) {
                Ticket t = inOrder.get(i);
                assertThat(t.number()).isEqualTo(TicketNumber.format(t.type(),
                        LocalDate.ofInstant(t.createdAt(), ZONE), t.seatCode(), i + 1));
            }
        });
        assertThat(data.counters()).hasSize(bySeatDay.size()).allSatisfy(c ->
                assertThat(bySeatDay.get(c.seatCode() + "@" + c.day())).hasSize(c.lastValue()));
    }

    @Test
    void theDemoLoginHasRegisteredTicketsAtItsSeatToday() {
        LocalDate today = LocalDate.ofInstant(NOW, ZONE);
        assertThat(data.counters()).anyMatch(c -> c.seatCode().equals("S07") && c.day().equals(today));
    }

    @Test
    void ticketsWereCreatedOverTheLastThreeDaysByAgentsOnShift() {
        var roster = DemoFixtures.roster(data);
        assertThat(data.tickets()).allSatisfy(t -> {
            assertThat(t.createdAt()).isBetween(NOW.minus(Duration.ofDays(3)), NOW);
            Staff creator = creator(t);
            assertThat(creator.role()).isEqualTo(Role.AGENT);
            assertThat(t.seatCode()).isEqualTo(creator.seatCode());
            assertThat(t.deskId()).isEqualTo(creator.deskId());
            assertThat(t.region()).isEqualTo(creator.region());
            assertThat(t.version()).isEqualTo(1);
        });
        assertThat(data.tickets()).filteredOn(t -> roster.currentShift(t.createdBy(), t.createdAt()).isEmpty())
                .as("tickets registered off shift").hasSizeLessThanOrEqualTo(2);
    }

    /// R-TK-4 (10 minutes to dispatch) and R-TK-9 (60 minutes for complaints): the queue shows
    /// countdowns still running and countdowns already late.
    @Test
    void undispatchedTicketsAreRecentAndTheirCountdownsBothRunAndRunLate_R_TK_4_R_TK_9() {
        Deadlines deadlines = new Deadlines(TicketPolicy.from(DemoFixtures.defaultSettings()));
        List<Ticket> open = data.tickets().stream().filter(t -> t.status() == TicketStatus.NEW).toList();
        assertThat(open).hasSizeBetween(12, 20)
                .allSatisfy(t -> assertThat(t.createdAt()).isAfter(NOW.minus(Duration.ofMinutes(70))));
        // ADR 0006: a complaint runs on the distribution clock only
        List<Ticket> others = open.stream().filter(t -> t.type() != TicketType.COMPLAINT).toList();
        assertThat(others).anyMatch(t -> !deadlines.dispatchTimeLeft(t, NOW).orElseThrow().isNegative());
        assertThat(others).anyMatch(t -> deadlines.dispatchTimeLeft(t, NOW).orElseThrow().isNegative());
        List<Ticket> complaints = open.stream().filter(t -> t.type() == TicketType.COMPLAINT).toList();
        assertThat(complaints).anyMatch(t -> !deadlines.distributionTimeLeft(t, NOW).orElseThrow().isNegative());
        assertThat(complaints).anyMatch(t -> deadlines.distributionTimeLeft(t, NOW).orElseThrow().isNegative());
    }

    /// R-TK-5, R-TK-6: only dispatched tickets carry a dispatch and a handling status; a direct
    /// dispatch goes to the inspector of the merchant's district, a transfer to a regional desk.
    @Test
    void dispatchAndHandlingStatusMatchTheTicketsState_R_TK_5_R_TK_6() {
        Set<String> regionalDesks = data.desks().stream().filter(d -> d.tier() == Tier.REGIONAL)
                .map(DemoCentre.Desk::id).collect(toSet());
        assertThat(data.tickets()).allSatisfy(t -> {
            if (t.dispatchKind() == null) {
                assertThat(t.handlingStatus()).isNull();
                assertThat(t.dispatchTarget()).isNull();
                assertThat(t.dispatchedAt()).isNull();
            } else {
                assertThat(t.status()).isIn(TicketStatus.DISPATCHED, TicketStatus.CLOSED);
                assertThat(t.dispatchedAt()).isAfter(t.createdAt());
            }
            if (t.dispatchKind() == DispatchKind.DIRECT) {
                FieldInspector inspector = data.inspectors().stream()
                        .filter(i -> i.name().equals(t.dispatchTarget())).findFirst().orElseThrow();
                assertThat(t.installAddress()).contains(inspector.area());
            }
            if (t.dispatchKind() == DispatchKind.TRANSFER) {
                assertThat(t.dispatchTarget()).isIn(regionalDesks);
            }
            if (t.status() == TicketStatus.NEW) {
                assertThat(t.dispatchKind()).isNull();
                assertThat(t.callbackAttempts()).isZero();
            }
            assertThat(t.callbackAttempts()).isBetween(0, 3);
        });
    }

    /// R-TK-13: the history tells the same story as the ticket, in order, and nothing lies ahead of now.
    @Test
    void historyMatchesEveryTicketsState_R_TK_13() {
        Map<java.util.UUID, List<TicketEvent>> history = data.events().stream().collect(groupingBy(TicketEvent::ticketId));
        assertThat(history.keySet()).hasSize(200);
        assertThat(data.events()).extracting(TicketEvent::id).doesNotHaveDuplicates();
        assertThat(data.tickets()).allSatisfy(t -> {
            List<TicketEvent> events = history.get(t.id());
            TicketEvent created = events.getFirst();
            assertThat(created.kind()).isEqualTo(TicketEvent.Kind.CREATED);
            assertThat(created.at()).isEqualTo(t.createdAt());
            assertThat(created.actorId()).isEqualTo(t.createdBy());
            assertThat(created.detail()).isEqualTo(t.number());
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).at()).isAfter(events.get(i - 1).at());
            }
            assertThat(events.getLast().at()).isEqualTo(t.updatedAt()).isBeforeOrEqualTo(NOW);
            assertThat(kinds(events, TicketEvent.Kind.DISPATCHED)).hasSize(t.dispatchedAt() == null ? 0 : 1);
            assertThat(kinds(events, TicketEvent.Kind.CALLBACK)).hasSize(t.callbackAttempts());
            assertThat(kinds(events, TicketEvent.Kind.CLOSED)).hasSize(t.status() == TicketStatus.CLOSED ? 1 : 0);
            List<TicketEvent> reports = kinds(events, TicketEvent.Kind.HANDLING_REPORTED);
            assertThat(reports.isEmpty() ? null : reports.getLast().detail())
                    .isEqualTo(t.handlingStatus() == null ? null : t.handlingStatus().name());
            if (t.dispatchedAt() != null) {
                assertThat(kinds(events, TicketEvent.Kind.DISPATCHED).getFirst().at()).isEqualTo(t.dispatchedAt());
            }
        });
    }

    private static List<TicketEvent> kinds(List<TicketEvent> events, TicketEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void theSameSeedAndClockGiveTheSameCentre() {
        assertThat(DemoFixtures.centre()).isEqualTo(data);
        assertThat(DemoFixtures.centre(DemoCentre.DEFAULT_SEED + 1, NOW).tickets()).isNotEqualTo(data.tickets());
        assertThat(data.passwordHash()).isEqualTo(FAKE_HASH);
    }

    /// Other seeds and other hours must make an equally complete centre: no luck in the default.
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1_000_003, -7, 20_261_123})
    void anySeedGivesACompleteAndValidCentre(long seed) {
        Instant now = NOW.plus(Duration.ofMinutes(397 * Math.floorMod(seed, 11)));
        Data other = DemoFixtures.centre(seed, now);
        TicketValidator validator = new TicketValidator(TicketFormats.from(DemoFixtures.defaultSettings()));
        assertThat(other.tickets()).hasSize(200).extracting(Ticket::number).doesNotHaveDuplicates();
        assertThat(other.tickets()).allMatch(t -> validator.validate(draftOf(t)).isEmpty());
        for (Enum<?>[] values : List.<Enum<?>[]>of(TicketType.values(), Level.values(), ServiceKind.values(),
                RequesterKind.values(), TicketStatus.values(), HandlingStatus.values(), DispatchKind.values())) {
            Set<Object> seen = other.tickets().stream()
                    .flatMap(t -> Stream.of(t.type(), t.level(), t.serviceKind(), t.requesterKind(), t.status(),
                            t.handlingStatus(), t.dispatchKind()))
                    .collect(toSet());
            assertThat(seen).as("seed " + seed).containsAll(Arrays.asList(values));
        }
    }

    private Staff creator(Ticket t) {
        return data.staff().stream().filter(s -> s.id().equals(t.createdBy())).findFirst().orElseThrow();
    }

    private DemoCentre.Desk desk(String id) {
        return data.desks().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    static TicketDraft draftOf(Ticket t) {
        return new TicketDraft(t.type(), t.level(), t.serviceKind(), t.requesterKind(), t.requesterName(),
                t.terminalId(), t.merchantId(), t.posBarcode(), t.installAddress(), t.contactPerson(),
                t.contactPhone(), t.description());
    }
}

package org.seatdesk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.seatdesk.roster.ShiftType;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.security.Staff;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;

/// A believable call centre for the embedded default: HQ and two regional desks, 20 staff with
/// fixed demo logins, a rotating roster, 30 field inspectors and 200 tickets of the last three
/// days with their history. Deterministic: the same seed, clock and zone give the same centre,
/// so a demo, a screenshot and a test all see the same data.
public final class DemoCentre {

    /// The password of every demo login (README lists the staff numbers).
    public static final String DEMO_PASSWORD = "demo";
    /// The seed the application uses; any other gives another, equally valid centre.
    public static final long DEFAULT_SEED = 20_261_122L;

    private final long seed;
    private final Clock clock;
    private final ZoneId centreZone;

    public DemoCentre(long seed, Clock clock, ZoneId centreZone) {
        this.seed = seed;
        this.clock = clock;
        this.centreZone = centreZone;
    }

    /// Hashes {@link #DEMO_PASSWORD} once (Argon2 costs ~50 ms) and shares the hash among all staff.
    public Data generate(PasswordHasher hasher) {
        return generate(hasher.hash(DEMO_PASSWORD));
    }

    /// With a given hash, so that two runs are equal to the last byte.
    public Data generate(String passwordHash) {
        // whole seconds: the database keeps microseconds, and demo times need no more than seconds
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Random random = new Random(seed);
        DemoContent content = DemoContent.load();
        DemoPlaces places = new DemoPlaces(content);
        DemoPeople people = new DemoPeople(content, places, random);
        DemoRoster roster = new DemoRoster(content, people.staff(), now, centreZone);
        DemoMerchants merchants = new DemoMerchants(content, places, people, random);
        DemoTickets tickets = new DemoTickets(content, random, people, roster, merchants, now, centreZone);
        return new Data(people.desks(), people.staff(), passwordHash, roster.shiftTypes(), roster.assignments(),
                people.inspectors(), tickets.tickets(), tickets.events(), tickets.counters());
    }

    /// Everything the store writes on first start. Staff share one password hash.
    ///
    /// Tickets are in order of creation. A direct dispatch names the inspector, a transfer the
    /// regional desk's id (`GD`, `ZJ`). Event details are codes for the UI to translate: the
    /// ticket number on CREATED, `DIRECT → 张伟` on DISPATCHED, a {@link org.seatdesk.ticket.HandlingStatus}
    /// name on HANDLING_REPORTED, `REACHED`/`NO_ANSWER` on CALLBACK and
    /// `VERIFIED`/`UNREACHABLE`/`ANSWERED`/`RECORDED` on CLOSED. `counters` holds the last number
    /// used per seat and day, for the ticket_counter table.
    public record Data(List<Desk> desks, List<Staff> staff, String passwordHash, List<ShiftType> shiftTypes,
                       List<ShiftAssignment> assignments, List<FieldInspector> inspectors, List<Ticket> tickets,
                       List<TicketEvent> events, List<SeatCounter> counters) {

        public Data {
            desks = List.copyOf(desks);
            staff = List.copyOf(staff);
            shiftTypes = List.copyOf(shiftTypes);
            assignments = List.copyOf(assignments);
            inspectors = List.copyOf(inspectors);
            tickets = List.copyOf(tickets);
            events = List.copyOf(events);
            counters = List.copyOf(counters);
        }

        public Optional<Staff> staff(String staffNo) {
            return staff.stream().filter(s -> s.staffNo().equals(staffNo)).findFirst();
        }
    }

    /// HQ takes calls nationwide; a regional (second-level) desk re-dispatches and takes local calls.
    public enum Tier { HQ, REGIONAL }

    public record Desk(String id, Tier tier, String region, String nameZh, String nameEn) {
    }

    /// A field inspector and the district they cover, e.g. 广州市天河区 (R-TK-5).
    public record FieldInspector(UUID id, String name, String phone, String region, String area) {
    }

    /// `staffId` works `shiftCode` starting on `workDay`, at `seatCode` (null for people without a seat).
    public record ShiftAssignment(UUID staffId, LocalDate workDay, String shiftCode, String seatCode) {
    }

    /// The highest ticket counter used at a seat on a day, so later numbers continue after it.
    public record SeatCounter(String seatCode, LocalDate day, int lastValue) {
    }
}

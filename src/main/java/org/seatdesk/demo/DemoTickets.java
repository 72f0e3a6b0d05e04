package org.seatdesk.demo;

import static org.seatdesk.demo.DemoContent.pick;
import static org.seatdesk.demo.DemoContent.weighted;
import static org.seatdesk.ticket.ServiceKind.CONSUMABLES_DELIVERY;
import static org.seatdesk.ticket.ServiceKind.DOCUMENT_COLLECTION;
import static org.seatdesk.ticket.ServiceKind.EQUIPMENT_FAULT;
import static org.seatdesk.ticket.ServiceKind.INFORMATION_CHANGE;
import static org.seatdesk.ticket.ServiceKind.INSTALL_REMOVE_REPLACE;
import static org.seatdesk.ticket.ServiceKind.NOT_ON_SITE;
import static org.seatdesk.ticket.TicketType.BUSINESS_REQUEST;
import static org.seatdesk.ticket.TicketType.COMPLAINT;
import static org.seatdesk.ticket.TicketType.CONSULTATION;
import static org.seatdesk.ticket.TicketType.PRAISE;
import static org.seatdesk.ticket.TicketType.SUGGESTION;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.seatdesk.demo.DemoCentre.SeatCounter;
import org.seatdesk.demo.DemoCentre.Tier;
import org.seatdesk.demo.DemoLifecycle.Actor;
import org.seatdesk.demo.DemoLifecycle.CloseHere;
import org.seatdesk.demo.DemoLifecycle.Dispatch;
import org.seatdesk.demo.DemoLifecycle.Outcome;
import org.seatdesk.demo.DemoLifecycle.Route;
import org.seatdesk.demo.DemoMerchants.Merchant;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;
import org.seatdesk.ticket.TicketNumber;
import org.seatdesk.ticket.TicketType;

/// The tickets of the last three days, each registered by an agent who was on shift at the time,
/// numbered per seat and day in order of creation (R-TK-8), with their history (R-TK-13).
final class DemoTickets {

    static final int TOTAL = 200;
    static final Duration HISTORY = Duration.ofDays(3);
    /// Undispatched tickets, in minutes ago: some inside the 10-minute dispatch window (R-TK-4),
    /// most of them late, so the queue shows both running and expired countdowns.
    static final int[] NEW_MINUTES_AGO = {1, 3, 6, 8, 12, 16, 22, 29, 38, 47, 58, 66};
    /// Complaints among them (R-TK-9, 60 minutes): both clocks running, dispatch late, both late.
    private static final Set<Integer> NEW_COMPLAINTS = Set.of(2, 8, 11);
    /// The two newest were registered by the demo login at its seat, so a ticket registered there
    /// after start-up continues that seat's counter for today.
    private static final int NEW_BY_DEMO_LOGIN = 2;
    /// Tickets created 15–70 minutes ago that were dispatched in time.
    private static final int RECENT_DISPATCHED = 6;
    /// How busy the room is at each hour of the day, in percent of the busiest hour.
    private static final int[] CALLS_BY_HOUR = {15, 10, 10, 10, 10, 15, 25, 45, 100, 100, 100, 100,
            80, 80, 100, 100, 100, 100, 70, 70, 70, 35, 25, 20};

    private record Subject(TicketType type, ServiceKind kind) {
    }

    private record Intake(Instant created, Staff creator, Subject subject, boolean stillNew, boolean urgent) {
    }

    private record SeatDay(String seatCode, LocalDate day) {
    }

    private final Random random;
    private final DemoPeople people;
    private final DemoRoster roster;
    private final DemoMerchants merchants;
    private final Instant now;
    private final ZoneId zone;
    private final DemoIds ids;
    private final DemoLifecycle lifecycle;
    private final DemoCaller caller;
    private final List<Staff> agents;
    private final List<Ticket> tickets = new ArrayList<>();
    private final List<TicketEvent> events = new ArrayList<>();
    private final Map<SeatDay, Integer> counters = new LinkedHashMap<>();

    DemoTickets(DemoContent content, Random random, DemoPeople people, DemoRoster roster, DemoMerchants merchants,
                Instant now, ZoneId zone) {
        this.random = random;
        this.people = people;
        this.roster = roster;
        this.merchants = merchants;
        this.now = now;
        this.zone = zone;
        this.ids = new DemoIds(random);
        this.lifecycle = new DemoLifecycle(random, Actor.of(people.first(Role.CALLBACK_DESK)), now);
        this.caller = new DemoCaller(content, random, people);
        this.agents = people.staff().stream().filter(s -> s.role() == Role.AGENT).toList();
        List<Intake> intakes = intakes();
        intakes.sort(Comparator.comparing(Intake::created));
        intakes.forEach(this::register);
    }

    /// The mix of the older tickets, so that every type and service kind occurs (R-TK-2, R-TK-8).
    private static List<Subject> mix() {
        List<Subject> mix = new ArrayList<>();
        add(mix, BUSINESS_REQUEST, EQUIPMENT_FAULT, 40);
        add(mix, BUSINESS_REQUEST, CONSUMABLES_DELIVERY, 24);
        add(mix, BUSINESS_REQUEST, INSTALL_REMOVE_REPLACE, 14);
        add(mix, BUSINESS_REQUEST, INFORMATION_CHANGE, 14);
        add(mix, BUSINESS_REQUEST, DOCUMENT_COLLECTION, 10);
        add(mix, CONSULTATION, NOT_ON_SITE, 30);
        add(mix, COMPLAINT, EQUIPMENT_FAULT, 12);
        add(mix, COMPLAINT, CONSUMABLES_DELIVERY, 6);
        add(mix, COMPLAINT, NOT_ON_SITE, 8);
        add(mix, SUGGESTION, NOT_ON_SITE, 12);
        add(mix, PRAISE, NOT_ON_SITE, 18);
        return mix;
    }

    private static void add(List<Subject> mix, TicketType type, ServiceKind kind, int count) {
        mix.addAll(Collections.nCopies(count, new Subject(type, kind)));
    }

    private List<Intake> intakes() {
        List<Intake> intakes = new ArrayList<>();
        List<Subject> mix = mix();
        if (mix.size() + NEW_MINUTES_AGO.length != TOTAL) {
            throw new AssertionError("the ticket mix must add up to " + TOTAL);
        }
        Staff demoLogin = people.byNumber(DemoRoster.ON_SHIFT_NOW.getFirst());
        for (int i = 0; i < NEW_MINUTES_AGO.length; i++) {
            Instant created = now.minusSeconds(NEW_MINUTES_AGO[i] * 60L - 40 + random.nextInt(81));
            Staff creator = i < NEW_BY_DEMO_LOGIN ? demoLogin : agentOnShift(created);
            Subject subject = NEW_COMPLAINTS.contains(i)
                    ? new Subject(COMPLAINT, random.nextBoolean() ? EQUIPMENT_FAULT : NOT_ON_SITE)
                    : pick(random, mix);
            boolean urgent = i == NEW_MINUTES_AGO.length - 1; // the late complaint: urgent, so it sorts first
            intakes.add(new Intake(created, creator, subject, true, urgent));
        }
        Collections.shuffle(mix, random);
        for (int i = 0; i < mix.size(); i++) {
            Instant created;
            Staff creator;
            int attempts = 0;
            do {
                if (++attempts > 10_000) {
                    throw new IllegalStateException("centre.txt: no agent is ever on shift");
                }
                created = i < RECENT_DISPATCHED ? now.minusSeconds(15 * 60 + random.nextInt(55 * 60)) : earlier();
                creator = agentOnShift(created);
            } while (creator == null);
            intakes.add(new Intake(created, creator, mix.get(i), false, false));
        }
        return intakes;
    }

    /// A moment of the last three days, at least 70 minutes ago, busier by day than by night.
    private Instant earlier() {
        long span = HISTORY.minusMinutes(70).toSeconds();
        while (true) {
            Instant t = now.minus(Duration.ofMinutes(70)).minusSeconds((long) (random.nextDouble() * span));
            if (random.nextInt(100) < CALLS_BY_HOUR[t.atZone(zone).getHour()]) {
                return t;
            }
        }
    }

    /// An agent whose shift covers `at`; null if nobody's does.
    private Staff agentOnShift(Instant at) {
        List<Staff> onShift = agents.stream().filter(a -> roster.onShift(a, at)).toList();
        return onShift.isEmpty() ? null : pick(random, onShift);
    }

    private void register(Intake intake) {
        Staff creator = intake.creator() != null ? intake.creator() : pick(random, agents);
        boolean atHq = people.desk(creator.deskId()).tier() == Tier.HQ;
        Merchant merchant = atHq ? merchants.any(random) : merchants.servedIn(creator.region(), random);
        Subject subject = intake.subject();
        LocalDate day = intake.created().atZone(zone).toLocalDate();
        int counter = counters.merge(new SeatDay(creator.seatCode(), day), 1, Integer::sum);
        String number = TicketNumber.format(subject.type(), day, creator.seatCode(), counter);
        RequesterKind requester = weighted(random, new int[] {65, 25, 10},
                RequesterKind.MERCHANT, RequesterKind.BANK, RequesterKind.OTHER);
        DemoCaller.Call call = caller.call(merchant, requester, subject.type(), subject.kind());
        Level level = intake.urgent() || random.nextInt(100) < urgentPercent(subject) ? Level.URGENT : Level.NORMAL;
        Instant created = intake.created();
        Outcome outcome = intake.stillNew()
                ? DemoLifecycle.stillNew()
                : lifecycle.live(route(subject, creator, atHq, merchant), Actor.of(creator), created);
        Ticket ticket = new Ticket(ids.at(created), number, subject.type(), level, subject.kind(), requester,
                call.requesterName(), call.terminalId(), call.merchantId(), call.posBarcode(), merchant.address(),
                call.contact(), call.phone(), call.description(), outcome.status(), outcome.handling(),
                outcome.dispatchKind(), outcome.target(), outcome.dispatchedAt(), outcome.callbackAttempts(),
                creator.region(), creator.deskId(), creator.seatCode(), creator.id(), created,
                outcome.lastChange(created), 1);
        tickets.add(ticket);
        events.add(new TicketEvent(ids.at(created), ticket.id(), created, creator.id(), creator.name(),
                TicketEvent.Kind.CREATED, number));
        for (DemoLifecycle.Step step : outcome.steps()) {
            events.add(new TicketEvent(ids.at(step.at()), ticket.id(), step.at(), step.actor().id(),
                    step.actor().name(), step.kind(), step.detail()));
        }
    }

    private static int urgentPercent(Subject subject) {
        if (subject.type() == COMPLAINT) {
            return 40;
        }
        return switch (subject.kind()) {
            case EQUIPMENT_FAULT -> 30;
            case INSTALL_REMOVE_REPLACE -> 10;
            default -> 5;
        };
    }

    /// R-TK-5: on-site work goes straight to the inspector of the merchant's district, or to the
    /// regional desk when no inspector covers it. HQ passes complaints and some consultations to
    /// the region, otherwise the agent answers by calling back; the monitor records praise and
    /// suggestions.
    private Route route(Subject subject, Staff creator, boolean atHq, Merchant merchant) {
        if (subject.kind() != NOT_ON_SITE) {
            return merchant.inspector()
                    .<Route>map(i -> new Dispatch(DispatchKind.DIRECT, i.name(), new Actor(i.id(), i.name())))
                    .orElseGet(() -> transfer(merchant));
        }
        // first-inquiry responsibility: the agent who took the call answers it
        CloseHere answer = new CloseHere(Actor.of(creator), true);
        return switch (subject.type()) {
            case COMPLAINT -> atHq ? transfer(merchant) : answer;
            case CONSULTATION -> atHq && random.nextBoolean() ? transfer(merchant) : answer;
            case SUGGESTION, PRAISE, BUSINESS_REQUEST -> new CloseHere(Actor.of(people.first(Role.SHIFT_MONITOR)), false);
        };
    }

    /// The dispatch target of a transfer is the regional desk's id; its first agent reports back.
    private Route transfer(Merchant merchant) {
        DemoCentre.Desk desk = people.regionalDesk(merchant.region());
        return new Dispatch(DispatchKind.TRANSFER, desk.id(), Actor.of(people.agentsOf(desk.id()).getFirst()));
    }

    List<Ticket> tickets() {
        return List.copyOf(tickets);
    }

    List<TicketEvent> events() {
        return List.copyOf(events);
    }

    List<SeatCounter> counters() {
        return counters.entrySet().stream()
                .map(e -> new SeatCounter(e.getKey().seatCode(), e.getKey().day(), e.getValue()))
                .toList();
    }
}

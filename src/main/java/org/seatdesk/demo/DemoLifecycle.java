package org.seatdesk.demo;

import static org.seatdesk.demo.DemoContent.weighted;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.seatdesk.security.Staff;
import org.seatdesk.ticket.CallbackOutcome;
import org.seatdesk.ticket.ClosingReason;
import org.seatdesk.ticket.DispatchKind;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.TicketEvent.Kind;
import org.seatdesk.ticket.TicketStatus;

/// What happened to a ticket after it was created: dispatch (R-TK-4, R-TK-5), the branch's
/// reports (R-TK-6), callbacks (R-TK-7, R-TK-10) and closing. A full life is planned first and
/// then cut at `now`, and the ticket's state is read from the steps that remain, so the history
/// and the state can never disagree and nothing happens in the future.
///
/// Event details are codes (a HandlingStatus, CallbackOutcome or ClosingReason name) for the UI to translate.
final class DemoLifecycle {

    static final String REACHED = CallbackOutcome.REACHED.name();
    static final String NO_ANSWER = CallbackOutcome.NO_ANSWER.name();
    static final String VERIFIED = ClosingReason.VERIFIED.name();
    static final String UNREACHABLE = ClosingReason.UNREACHABLE.name();
    static final String ANSWERED = ClosingReason.ANSWERED.name();
    static final String RECORDED = ClosingReason.RECORDED.name();
    /// Failed callbacks after which a ticket may be closed as unreachable (R-TK-10 default).
    static final int UNREACHABLE_AFTER = 3;

    record Actor(UUID id, String name) {

        static Actor of(Staff staff) {
            return new Actor(staff.id(), staff.name());
        }
    }

    record Step(Kind kind, Instant at, Actor actor, String detail) {
    }

    /// Where the ticket goes after intake.
    sealed interface Route {
    }

    /// Dispatched (directly to an inspector, or transferred to a regional desk); `reporter` is who
    /// reports the handling status back.
    record Dispatch(DispatchKind kind, String target, Actor reporter) implements Route {
    }

    /// Dealt with at the centre without a visit: a consultation answered by calling back, or a
    /// suggestion or praise recorded by the monitor.
    record CloseHere(Actor closer, boolean callBackFirst) implements Route {
    }

    record Outcome(TicketStatus status, HandlingStatus handling, DispatchKind dispatchKind, String target,
                   Instant dispatchedAt, int callbackAttempts, List<Step> steps) {

        Instant lastChange(Instant created) {
            return steps.isEmpty() ? created : steps.getLast().at();
        }
    }

    private final Random random;
    private final Actor callbackDesk;
    private final Instant cutOff;

    DemoLifecycle(Random random, Actor callbackDesk, Instant now) {
        this.random = random;
        this.callbackDesk = callbackDesk;
        this.cutOff = now.minusSeconds(30);
    }

    static Outcome stillNew() {
        return new Outcome(TicketStatus.NEW, null, null, null, null, 0, List.of());
    }

    Outcome live(Route route, Actor creator, Instant created) {
        List<Step> plan = switch (route) {
            case Dispatch d -> dispatched(d, creator, created);
            case CloseHere c -> closedHere(c, created);
        };
        return outcome(route, plan.stream().filter(s -> !s.at().isAfter(cutOff)).toList());
    }

    private List<Step> dispatched(Dispatch route, Actor creator, Instant created) {
        List<Step> steps = new ArrayList<>();
        // R-TK-4: mostly within the 10 minutes, now and then late
        Instant t = created.plus(random.nextInt(10) == 0 ? minutes(11, 30) : minutes(2, 9));
        steps.add(new Step(Kind.DISPATCHED, t, creator, route.kind() + " → " + route.target()));
        HandlingStatus reported = finalReport(Duration.between(created, cutOff));
        if (reported == null) {
            return steps;
        }
        boolean appointmentFirst = reported == HandlingStatus.COMPLETED && random.nextInt(10) < 4
                || reported == HandlingStatus.UNFINISHED && random.nextBoolean();
        if (appointmentFirst || reported == HandlingStatus.APPOINTMENT_SCHEDULED) {
            t = t.plus(minutes(20, 120));
            steps.add(report(t, route, HandlingStatus.APPOINTMENT_SCHEDULED));
        }
        switch (reported) {
            case UNPROCESSED -> steps.add(report(t = t.plus(minutes(15, 90)), route, reported));
            case UNFINISHED -> steps.add(report(t = t.plus(minutes(120, 600)), route, reported));
            case COMPLETED -> steps.add(report(t = t.plus(minutes(60, 480)), route, reported));
            case APPOINTMENT_SCHEDULED -> { }
        }
        callBack(steps, t, reported);
        return steps;
    }

    /// The last status the branch reports (R-TK-6); younger tickets have not got far yet.
    private HandlingStatus finalReport(Duration age) {
        if (age.compareTo(Duration.ofHours(2)) < 0) {
            return weighted(random, new int[] {40, 40, 20}, null, HandlingStatus.UNPROCESSED,
                    HandlingStatus.APPOINTMENT_SCHEDULED);
        }
        return weighted(random, new int[] {3, 9, 14, 16, 58}, null, HandlingStatus.UNPROCESSED,
                HandlingStatus.UNFINISHED, HandlingStatus.APPOINTMENT_SCHEDULED, HandlingStatus.COMPLETED);
    }

    /// R-TK-10: completed tickets get a return visit, closed when the customer confirms or after
    /// three unanswered attempts. R-TK-7: appointment-scheduled and unfinished ones are verified.
    private void callBack(List<Step> steps, Instant after, HandlingStatus reported) {
        Instant t = after.plus(minutes(60, 1200));
        int roll = random.nextInt(100);
        if (reported == HandlingStatus.COMPLETED) {
            if (roll < 60) {
                closeVerified(steps, t);
            } else if (roll < 75) {
                steps.add(callback(t, NO_ANSWER));
                closeVerified(steps, t.plus(minutes(120, 360)));
            } else if (roll < 85) {
                closeUnreachable(steps, t);
            } else if (roll < 95) {
                steps.add(callback(t, NO_ANSWER));
            }
            // else: waiting for its return visit
        } else if (roll < 6 && reported != HandlingStatus.APPOINTMENT_SCHEDULED) {
            closeUnreachable(steps, t); // R-TK-10: contact data wrong
        } else if (roll < 46 && reported != HandlingStatus.UNPROCESSED) {
            steps.add(callback(t, REACHED));
        }
    }

    private void closeVerified(List<Step> steps, Instant t) {
        steps.add(callback(t, REACHED));
        steps.add(new Step(Kind.CLOSED, t.plus(minutes(1, 5)), callbackDesk, VERIFIED));
    }

    private void closeUnreachable(List<Step> steps, Instant t) {
        for (int attempt = 1; attempt <= UNREACHABLE_AFTER; attempt++) {
            if (attempt > 1) {
                t = t.plus(minutes(120, 360));
            }
            steps.add(callback(t, NO_ANSWER));
        }
        steps.add(new Step(Kind.CLOSED, t.plus(minutes(1, 5)), callbackDesk, UNREACHABLE));
    }

    private List<Step> closedHere(CloseHere route, Instant created) {
        List<Step> steps = new ArrayList<>();
        Instant t = created.plus(minutes(10, 240));
        if (route.callBackFirst()) {
            steps.add(new Step(Kind.CALLBACK, t, route.closer(), REACHED));
            t = t.plus(minutes(1, 5));
        }
        steps.add(new Step(Kind.CLOSED, t, route.closer(), route.callBackFirst() ? ANSWERED : RECORDED));
        return steps;
    }

    private static Step report(Instant at, Dispatch route, HandlingStatus status) {
        return new Step(Kind.HANDLING_REPORTED, at, route.reporter(), status.name());
    }

    private Step callback(Instant at, String result) {
        return new Step(Kind.CALLBACK, at, callbackDesk, result);
    }

    private static Outcome outcome(Route route, List<Step> steps) {
        boolean dispatched = steps.stream().anyMatch(s -> s.kind() == Kind.DISPATCHED);
        boolean closed = steps.stream().anyMatch(s -> s.kind() == Kind.CLOSED);
        HandlingStatus handling = steps.stream().filter(s -> s.kind() == Kind.HANDLING_REPORTED)
                .map(s -> HandlingStatus.valueOf(s.detail())).reduce((a, b) -> b).orElse(null);
        int callbacks = (int) steps.stream().filter(s -> s.kind() == Kind.CALLBACK).count();
        TicketStatus status = closed ? TicketStatus.CLOSED : dispatched ? TicketStatus.DISPATCHED : TicketStatus.NEW;
        if (!dispatched) {
            return new Outcome(status, null, null, null, null, callbacks, steps);
        }
        Dispatch d = (Dispatch) route;
        return new Outcome(status, handling, d.kind(), d.target(), steps.getFirst().at(), callbacks, steps);
    }

    private Duration minutes(int from, int to) {
        return Duration.ofSeconds(from * 60L + random.nextInt((to - from) * 60 + 1));
    }
}

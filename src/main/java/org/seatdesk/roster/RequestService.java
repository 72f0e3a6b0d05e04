package org.seatdesk.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.roster.rules.ApprovalAuthority;
import org.seatdesk.roster.rules.LeaveRules;
import org.seatdesk.roster.rules.SwapRules;
import org.seatdesk.security.Staff;
import org.seatdesk.sync.TimeOrderedIds;

/// Leave and swap requests and their approval (R-LV-1..5, R-SW-1..5): every request and every
/// approval runs the named rules first; what passes is written with its outbox entry, so the
/// hub and the approver's inbox get it. Runs on the database executor, never the FX thread.
public final class RequestService {

    /// How far either side of today requests are listed.
    private static final int WINDOW_DAYS = 45;

    private final RosterRecords records;
    private final RosterPolicy policy;
    private final Clock clock;
    private final TimeOrderedIds ids;
    private static final long LEAVE_CACHE_NANOS = 5_000_000_000L;
    private LocalDate leaveDay;
    private long leaveLoadedAt;
    private java.util.Set<UUID> onLeave = java.util.Set.of();

    public RequestService(RosterRecords records, RosterPolicy policy, Clock clock, TimeOrderedIds ids) {
        this.records = records;
        this.policy = policy;
        this.clock = clock;
        this.ids = ids;
    }

    public Outcome askLeave(Staff requester, UUID forStaff, LeaveKind kind, LocalDate first, LocalDate last,
                            boolean certificate, String note) {
        LeaveRequest leave = new LeaveRequest(ids.next(), forStaff, requester.id(), kind, first, last, certificate,
                trim(note), now());
        RosterFacts facts = records.ledger().facts(first, last);
        Optional<Refusal> refusal = LeaveRules.check(leave, facts, policy);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        records.submit(leave);
        return Outcome.saved(leave.id());
    }

    public Outcome askSwap(Staff requester, UUID partner, LocalDate myDay, LocalDate theirDay, String note) {
        SwapRequest swap = new SwapRequest(ids.next(), requester.id(), partner, myDay, theirDay, trim(note), now());
        LocalDate from = myDay.isBefore(theirDay) ? myDay : theirDay;
        LocalDate to = myDay.isBefore(theirDay) ? theirDay : myDay;
        Optional<Refusal> refusal = SwapRules.check(swap, records.ledger().facts(from, to), policy);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        records.submit(swap);
        return Outcome.saved(swap.id());
    }

    /// Approves or refuses; an approval re-runs every rule on the roster as it is now.
    public Outcome decide(Staff decider, UUID requestId, Verdict verdict, String note) {
        RosterFacts facts = records.ledger().factsAround(requestId).orElse(null);
        if (facts == null) {
            return Outcome.refused(Refusal.of("ROSTER", "roster.refuse.unknownRequest"));
        }
        Optional<LeaveRequest> leave = facts.leave(requestId);
        Optional<Refusal> refusal;
        RequestKind kind;
        if (leave.isPresent()) {
            kind = RequestKind.LEAVE;
            refusal = ApprovalAuthority.mayDecide(decider, leave.get(), facts);
            if (refusal.isEmpty() && verdict == Verdict.APPROVED) {
                refusal = LeaveRules.check(leave.get(), facts, policy);
            }
        } else {
            SwapRequest swap = facts.swap(requestId).orElseThrow();
            kind = RequestKind.SWAP;
            refusal = ApprovalAuthority.mayDecide(decider, swap, facts);
            if (refusal.isEmpty() && verdict == Verdict.APPROVED) {
                refusal = SwapRules.check(swap, facts, policy);
            }
        }
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Decision decision = new Decision(ids.next(), requestId, kind, decider.id(), verdict, trim(note), now());
        records.submit(decision);
        return Outcome.saved(decision.id());
    }

    /// What waits for this approver's decision, oldest first, each with the rule it would break now.
    public List<RequestSummary> inbox(Staff approver) {
        RosterFacts facts = window();
        List<RequestSummary> out = new ArrayList<>();
        for (LeaveRequest l : facts.leaves()) {
            if (Approvals.isNextApprover(approver, l, facts)) {
                out.add(summary(l, facts, LeaveRules.check(l, facts, policy).orElse(null)));
            }
        }
        for (SwapRequest s : facts.swaps()) {
            if (Approvals.isNextApprover(approver, s, facts)) {
                out.add(summary(s, facts, SwapRules.check(s, facts, policy).orElse(null)));
            }
        }
        out.sort(Comparator.comparing(RequestSummary::requestedAt));
        return out;
    }

    /// Whether a person has approved leave on a day: roll call shows them on leave, not absent
    /// (R-SH-1). Roll call asks for every person of a shift, so a day's answer is kept a few seconds.
    public synchronized boolean onApprovedLeave(UUID staffId, LocalDate day) {
        long now = System.nanoTime();
        if (!day.equals(leaveDay) || now - leaveLoadedAt > LEAVE_CACHE_NANOS) {
            RosterFacts facts = records.ledger().facts(day, day);
            leaveDay = day;
            leaveLoadedAt = now;
            onLeave = facts.leaves().stream().filter(l -> l.covers(day) && facts.status(l) == RequestStatus.APPROVED)
                    .map(LeaveRequest::staffId).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        return onLeave.contains(staffId);
    }

    /// Everyone on the roster, for choosing a swap partner or the person a sick leave is for.
    public List<Staff> people() {
        return window().people().stream().filter(Staff::active)
                .sorted(Comparator.comparing(Staff::staffNo)).toList();
    }

    /// The requests a person made or that concern them, newest first.
    public List<RequestSummary> requestsOf(UUID staffId) {
        RosterFacts facts = window();
        List<RequestSummary> out = new ArrayList<>();
        facts.leaves().stream().filter(l -> l.staffId().equals(staffId) || l.requestedBy().equals(staffId))
                .forEach(l -> out.add(summary(l, facts, null)));
        facts.swaps().stream().filter(s -> s.involves(staffId)).forEach(s -> out.add(summary(s, facts, null)));
        out.sort(Comparator.comparing(RequestSummary::requestedAt).reversed());
        return out;
    }

    /// Microseconds: what the database keeps, so a record reads back equal.
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private RosterFacts window() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        return records.ledger().facts(today.minusDays(WINDOW_DAYS), today.plusDays(WINDOW_DAYS));
    }

    private static RequestSummary summary(LeaveRequest l, RosterFacts facts, Refusal recheck) {
        return new RequestSummary(RequestKind.LEAVE, l.id(), name(l.staffId(), facts),
                l.requestedBy().equals(l.staffId()) ? null : name(l.requestedBy(), facts), l.kind(), l.firstDay(),
                l.lastDay(), l.certificate(), l.note(), l.requestedAt(), facts.status(l), recheck);
    }

    private static RequestSummary summary(SwapRequest s, RosterFacts facts, Refusal recheck) {
        return new RequestSummary(RequestKind.SWAP, s.id(), name(s.requesterId(), facts), name(s.partnerId(), facts),
                null, s.requesterDay(), s.partnerDay(), false, s.note(), s.requestedAt(), facts.status(s), recheck);
    }

    private static String name(UUID id, RosterFacts facts) {
        return facts.staff(id).map(Staff::name).orElse("?");
    }

    private static String trim(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String t = note.strip();
        return t.length() > LeaveRequest.NOTE_MAX ? t.substring(0, LeaveRequest.NOTE_MAX) : t;
    }
}

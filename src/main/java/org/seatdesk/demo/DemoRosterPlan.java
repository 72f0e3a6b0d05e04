package org.seatdesk.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.roster.Assignment;
import org.seatdesk.roster.Decision;
import org.seatdesk.roster.Holiday;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.RequestKind;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.Seat;
import org.seatdesk.roster.Squad;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.roster.Verdict;
import org.seatdesk.roster.WorkType;
import org.seatdesk.roster.rules.ApprovalAuthority;
import org.seatdesk.roster.rules.LeaveRules;
import org.seatdesk.roster.rules.SwapRules;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;

/// The roster side of the demo centre, from `roster.txt`: reference data, a second squad leader,
/// the roster carried on to five weeks ahead, and leave and swap requests with decisions. Every
/// request and decision goes through the real rules and is dropped if they refuse it, so the
/// demo never shows a state the console itself could not have made.
public final class DemoRosterPlan {

    /// How far ahead the planned roster reaches: a month beyond the centre's fortnight.
    static final int DAYS_AHEAD = 35;
    private static final int ROTATION_DAYS = 8;

    public record Plan(List<WorkType> workTypes, List<Holiday> holidays, List<Seat> seats, List<Staff> extraStaff,
                       List<Squad> squads, Map<UUID, String> squadOf, List<Assignment> extraAssignments,
                       List<LeaveRequest> leaves, List<SwapRequest> swaps, List<Decision> decisions) {
    }

    private DemoRosterPlan() {
    }

    /// @param now requests and decisions after it are left out
    public static Plan of(DemoCentre.Data centre, Instant clockNow) {
        DemoContent content = DemoContent.load("roster.txt");
        ZoneId zone = ZoneId.of(content.rows("zone").getFirst()[0]);
        LocalDate today = centre.assignments().stream().map(DemoCentre.ShiftAssignment::workDay)
                .min(Comparator.naturalOrder()).map(d -> d.plusDays(DemoRoster.DAYS_AROUND))
                .orElse(LocalDate.ofInstant(clockNow, zone));
        // The centre was made for "today": a clock elsewhere is held within it.
        Instant dayStart = today.atStartOfDay(zone).toInstant();
        Instant dayEnd = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clockNow.isBefore(dayStart) ? dayStart : clockNow.isAfter(dayEnd) ? dayEnd : clockNow;
        List<WorkType> workTypes = content.rows("work-types").stream().map(r -> new WorkType(r[0], r[1], r[2])).toList();
        List<Holiday> holidays = content.rows("holidays").stream()
                .map(r -> new Holiday(LocalDate.parse(r[0]), r[1], r[2])).toList();
        List<Staff> extra = content.rows("extra-staff").stream().map(r -> new Staff(DemoIds.named("staff", r[0]), r[0], r[1],
                Role.valueOf(r[2]), Grade.valueOf(r[3]), r[4], r[5], regionOf(centre, r[5]), r[6], true)).toList();
        List<Staff> everyone = new ArrayList<>(centre.staff());
        everyone.addAll(extra);
        Map<String, Staff> byNo = new HashMap<>();
        everyone.forEach(s -> byNo.put(s.staffNo(), s));
        Map<String, String> seats = new LinkedHashMap<>();
        everyone.stream().filter(s -> s.seatCode() != null).forEach(s -> seats.put(s.seatCode(), s.deskId()));

        List<Squad> squads = new ArrayList<>();
        Map<UUID, String> squadOf = new HashMap<>();
        Map<UUID, Squad> squadOfStaff = new HashMap<>();
        for (String[] r : content.rows("squads")) {
            Squad squad = new Squad(r[0], r[1], r[2], byNo.get(r[3]).id());
            squads.add(squad);
            for (String member : r[4].split(" ")) {
                squadOf.put(byNo.get(member).id(), squad.code());
                squadOfStaff.put(byNo.get(member).id(), squad);
            }
        }
        List<Assignment> planned = new ArrayList<>(centre.assignments().stream()
                .map(a -> new Assignment(a.staffId(), a.workDay(), a.shiftCode(), a.seatCode())).toList());
        List<Assignment> added = carryOn(planned, centre.staff(), today);
        List<Assignment> leaders = new ArrayList<>();
        for (String[] r : content.rows("extra-staff")) {
            leaders.addAll(otherLeader(planned, added, byNo.get(r[0]), byNo.get("M001"), Integer.parseInt(r[7]), today));
        }
        added.addAll(leaders);

        RosterFacts facts = new RosterFacts(zone, centre.shiftTypes(), everyone, squadOfStaff,
                holidays.stream().map(Holiday::day).toList(), allOf(centre, added), List.of(), List.of(), List.of());
        List<LeaveRequest> leaves = new ArrayList<>();
        List<SwapRequest> swaps = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        int n = 0;
        for (String[] r : content.rows("leave")) {
            Optional<LeaveRequest> leave = leave(r, byNo, facts, today, now, n++);
            if (leave.isEmpty() || leave.get().requestedAt().isAfter(now)
                    || LeaveRules.check(leave.get(), facts, RosterPolicy.standard()).isPresent()) {
                continue;
            }
            leaves.add(leave.get());
            facts = facts.with(leave.get());
            facts = decide(facts, r[8], leave.get().id(), RequestKind.LEAVE, leave.get().requestedAt(), byNo, now, decisions);
        }
        for (String[] r : content.rows("swap")) {
            Optional<SwapRequest> swap = swap(r, byNo, facts, today, zone, now, n++);
            if (swap.isEmpty() || swap.get().requestedAt().isAfter(now)) {
                continue;
            }
            swaps.add(swap.get());
            facts = facts.with(swap.get());
            facts = decide(facts, r[6], swap.get().id(), RequestKind.SWAP, swap.get().requestedAt(), byNo, now, decisions);
        }
        List<Seat> seatList = seats.entrySet().stream().map(e -> new Seat(e.getKey(), e.getValue(), e.getValue())).toList();
        return new Plan(workTypes, holidays, seatList, extra, squads, squadOf, added, leaves, swaps, decisions);
    }

    private static List<Assignment> allOf(DemoCentre.Data centre, List<Assignment> added) {
        List<Assignment> all = new ArrayList<>(centre.assignments().stream()
                .map(a -> new Assignment(a.staffId(), a.workDay(), a.shiftCode(), a.seatCode())).toList());
        all.addAll(added);
        return all;
    }

    private static String regionOf(DemoCentre.Data centre, String deskId) {
        return centre.desks().stream().filter(d -> d.id().equals(deskId)).findFirst().orElseThrow().region();
    }

    /// The centre's fortnight carried on: rotating staff repeat their eight-day rotation, office
    /// staff their week.
    private static List<Assignment> carryOn(List<Assignment> planned, List<Staff> staff, LocalDate today) {
        Map<UUID, Map<LocalDate, Assignment>> byStaff = new HashMap<>();
        planned.forEach(a -> byStaff.computeIfAbsent(a.staffId(), k -> new HashMap<>()).put(a.workDay(), a));
        List<Assignment> added = new ArrayList<>();
        for (Staff person : staff) {
            Map<LocalDate, Assignment> days = byStaff.computeIfAbsent(person.id(), k -> new HashMap<>());
            int period = person.role() == Role.AGENT || person.role() == Role.SHIFT_MONITOR ? ROTATION_DAYS : 7;
            for (LocalDate day = today.plusDays(DemoRoster.DAYS_AROUND + 1); !day.isAfter(today.plusDays(DAYS_AHEAD));
                 day = day.plusDays(1)) {
                Assignment earlier = days.get(day.minusDays(period));
                if (earlier != null) {
                    Assignment a = new Assignment(person.id(), day, earlier.shiftCode(), earlier.seatCode());
                    days.put(day, a);
                    added.add(a);
                }
            }
        }
        return added;
    }

    /// Another squad leader works `offset` days after the first in the same rotation.
    private static List<Assignment> otherLeader(List<Assignment> planned, List<Assignment> added, Staff leader,
                                                Staff first, int offset, LocalDate today) {
        Map<LocalDate, Assignment> firstDays = new HashMap<>();
        planned.stream().filter(a -> a.staffId().equals(first.id())).forEach(a -> firstDays.put(a.workDay(), a));
        added.stream().filter(a -> a.staffId().equals(first.id())).forEach(a -> firstDays.put(a.workDay(), a));
        List<Assignment> out = new ArrayList<>();
        for (LocalDate day = today.minusDays(DemoRoster.DAYS_AROUND); !day.isAfter(today.plusDays(DAYS_AHEAD));
             day = day.plusDays(1)) {
            Assignment mirror = Optional.ofNullable(firstDays.get(day.minusDays(offset)))
                    .orElse(firstDays.get(day.minusDays(offset).plusDays(ROTATION_DAYS)));
            if (mirror != null) {
                out.add(new Assignment(leader.id(), day, mirror.shiftCode(), leader.seatCode()));
            }
        }
        return out;
    }

    private static Optional<LocalDate> firstShift(RosterFacts facts, Staff who, LocalDate from) {
        for (LocalDate d = from; d.isBefore(from.plusDays(ROTATION_DAYS)); d = d.plusDays(1)) {
            if (facts.effective().shift(who.id(), d).isPresent()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /// A request meant for a future shift was asked a little before "now", not in the future.
    private static Instant askedBy(Instant meant, Instant now, int n) {
        Instant latest = now.minusSeconds(1800L + 2820L * n);
        return meant.isAfter(latest) ? latest : meant;
    }

    private static Optional<LeaveRequest> leave(String[] r, Map<String, Staff> byNo, RosterFacts facts, LocalDate today,
                                                Instant now, int n) {
        Staff who = byNo.get(r[0]);
        return firstShift(facts, who, today.plusDays(Integer.parseInt(r[3]))).map(first -> {
            var type = facts.shiftType(facts.effective().shift(who.id(), first).orElseThrow().assignment().shiftCode())
                    .orElseThrow();
            Instant asked = askedBy(facts.start(first, type).minusSeconds(Long.parseLong(r[6]) * 3600), now, n);
            return new LeaveRequest(DemoIds.named("leave", Integer.toString(n)), who.id(), byNo.get(r[1]).id(),
                    LeaveKind.valueOf(r[2]), first, first.plusDays(Integer.parseInt(r[4]) - 1), Boolean.parseBoolean(r[5]),
                    r[7], asked);
        });
    }

    private static Optional<SwapRequest> swap(String[] r, Map<String, Staff> byNo, RosterFacts facts, LocalDate today,
                                              ZoneId zone, Instant now, int n) {
        Staff requester = byNo.get(r[0]);
        Staff partner = byNo.get(r[1]);
        Optional<LocalDate> mine = firstShift(facts, requester, today.plusDays(Integer.parseInt(r[2])));
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        // The partner's first shift from the day given on that the rules accept.
        for (LocalDate from = today.plusDays(Integer.parseInt(r[3])); from.isBefore(today.plusDays(Integer.parseInt(r[3])
                + ROTATION_DAYS)); from = from.plusDays(1)) {
            Optional<LocalDate> theirs = firstShift(facts, partner, from).filter(d -> !d.equals(mine.get()));
            if (theirs.isEmpty()) {
                continue;
            }
            LocalDate earlier = mine.get().isBefore(theirs.get()) ? mine.get() : theirs.get();
            Instant asked = askedBy(earlier.minusDays(Integer.parseInt(r[4])).atTime(10, 30).atZone(zone).toInstant(), now, n);
            SwapRequest swap = new SwapRequest(DemoIds.named("swap", Integer.toString(n)), requester.id(), partner.id(),
                    mine.get(), theirs.get(), r[5], asked);
            if (SwapRules.check(swap, facts, RosterPolicy.standard()).isEmpty()) {
                return Optional.of(swap);
            }
        }
        return Optional.empty();
    }

    private static RosterFacts decide(RosterFacts facts, String decisions, UUID requestId, RequestKind kind, Instant asked,
                                      Map<String, Staff> byNo, Instant now, List<Decision> out) {
        if (decisions == null || decisions.isBlank()) {
            return facts;
        }
        String[] steps = decisions.split(",");
        // Decided some hours after asking, and always before "now".
        long gap = Math.min(3 * 3600, java.time.Duration.between(asked, now).toSeconds() / (steps.length + 1));
        Instant at = asked;
        for (String step : steps) {
            String[] parts = step.split(":");
            Staff decider = byNo.get(parts[0]);
            at = at.plusSeconds(gap);
            Verdict verdict = Verdict.valueOf(parts[1]);
            boolean allowed = kind == RequestKind.LEAVE
                    ? ApprovalAuthority.mayDecide(decider, facts.leave(requestId).orElseThrow(), facts).isEmpty()
                    : ApprovalAuthority.mayDecide(decider, facts.swap(requestId).orElseThrow(), facts).isEmpty();
            if (!allowed || at.isAfter(now)) {
                break;
            }
            Decision decision = new Decision(DemoIds.named("decision", requestId + step), requestId, kind, decider.id(),
                    verdict, verdict == Verdict.REFUSED ? "业务高峰，请改期" : null, at);
            out.add(decision);
            facts = facts.with(decision);
        }
        return facts;
    }
}

package org.seatdesk.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatdesk.roster.RosterScenario.D;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.seatdesk.roster.rules.ApprovalAuthority;
import org.seatdesk.roster.rules.LeaveRules;
import org.seatdesk.roster.rules.RestBetweenShifts;
import org.seatdesk.roster.rules.SwapRules;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;

/// Random rosters, then random leave and swap requests and decisions by random people, each let
/// through only as the console lets it through (the rules when asked, authority and the rules
/// again when decided). Whatever happened, no approved state breaks a rule.
class RosterRulesProperties {

    private static final RosterPolicy POLICY = RosterPolicy.standard();
    private static final int DAYS = 21;

    @Property(tries = 150)
    void noApprovedStateBreaksARule_R_LV_1_to_5_R_SW_1_to_6(@ForAll long seed, @ForAll @IntRange(min = 5, max = 80) int steps) {
        Random random = new Random(seed);
        RosterScenario room = new RosterScenario();
        List<Staff> agents = List.of(room.ann, room.ben, room.junior, room.callback);
        List<Staff> everyone = List.of(room.ann, room.ben, room.junior, room.callback, room.leaderOne, room.leaderTwo,
                room.department, room.centre);
        plan(room, agents, random);
        if (random.nextInt(3) == 0) {
            room.holiday(D.plusDays(random.nextInt(DAYS)));
        }
        Instant now = D.atStartOfDay(RosterScenario.ZONE).toInstant().minus(Duration.ofDays(3));
        List<UUID> requests = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            now = now.plus(Duration.ofMinutes(30 + random.nextInt(600)));
            RosterFacts facts = room.facts();
            switch (random.nextInt(3)) {
                case 0 -> {
                    Staff who = pick(random, agents);
                    Staff by = random.nextInt(4) == 0 ? pick(random, everyone) : who;
                    LocalDate first = D.plusDays(random.nextInt(DAYS));
                    LeaveRequest leave = new LeaveRequest(UUID.randomUUID(), who.id(), by.id(),
                            LeaveKind.values()[random.nextInt(LeaveKind.values().length)], first,
                            first.plusDays(random.nextInt(3)), random.nextBoolean(), null, now);
                    if (LeaveRules.check(leave, facts, POLICY).isEmpty()) {
                        room.add(leave);
                        requests.add(leave.id());
                    }
                }
                case 1 -> {
                    // Mostly the two agents who may swap, on days they work: otherwise nearly every swap is refused.
                    boolean equals = random.nextInt(5) > 0;
                    Staff requester = equals ? (random.nextBoolean() ? room.ann : room.ben) : pick(random, agents);
                    Staff partner = equals ? (requester == room.ann ? room.ben : room.ann) : pick(random, agents);
                    SwapRequest swap = RosterScenario.swap(requester, workDay(facts, requester, random), partner,
                            workDay(facts, partner, random), now);
                    if (SwapRules.check(swap, facts, POLICY).isEmpty()) {
                        room.add(swap);
                        requests.add(swap.id());
                    }
                }
                default -> {
                    if (requests.isEmpty()) {
                        continue;
                    }
                    UUID id = pick(random, requests);
                    Staff decider = random.nextInt(5) > 1 ? nextApprover(facts, id, everyone).orElse(pick(random, everyone))
                            : pick(random, everyone);
                    Verdict verdict = random.nextInt(4) == 0 ? Verdict.REFUSED : Verdict.APPROVED;
                    boolean allowed = facts.leave(id)
                            .map(l -> ApprovalAuthority.mayDecide(decider, l, facts).isEmpty()
                                    && (verdict == Verdict.REFUSED || LeaveRules.check(l, facts, POLICY).isEmpty()))
                            .orElseGet(() -> {
                                SwapRequest s = facts.swap(id).orElseThrow();
                                return ApprovalAuthority.mayDecide(decider, s, facts).isEmpty()
                                        && (verdict == Verdict.REFUSED || SwapRules.check(s, facts, POLICY).isEmpty());
                            });
                    if (allowed) {
                        room.decide(decider, id, verdict, now);
                    }
                }
            }
        }
        RosterFacts end = room.facts();
        net.jqwik.api.statistics.Statistics.label("approved leave")
                .collect(end.leaves().stream().anyMatch(l -> end.status(l) == RequestStatus.APPROVED));
        net.jqwik.api.statistics.Statistics.label("approved swap")
                .collect(end.swaps().stream().anyMatch(s -> end.status(s) == RequestStatus.APPROVED));
        assertNoRuleBroken(end);
    }

    private static void assertNoRuleBroken(RosterFacts facts) {
        EffectiveRoster roster = facts.effective();
        for (LeaveRequest leave : facts.leaves()) {
            if (facts.status(leave) != RequestStatus.APPROVED) {
                continue;
            }
            // R-LV-1, R-LV-3, R-LV-4, R-LV-5, R-SW-5: the approved leave still passes every leave rule.
            assertThat(LeaveRules.check(leave, facts, POLICY)).as("approved leave %s", leave).isEmpty();
            // R-SW-5: no day of approved leave is one that the person's own swap, still waiting for
            // its squad leaders, gives away (leave was approved while such a swap was pending).
            for (SwapRequest swap : facts.swaps()) {
                if (facts.status(swap) != RequestStatus.PENDING) {
                    continue;
                }
                boolean givenAway = leave.staffId().equals(swap.requesterId()) && leave.covers(swap.requesterDay())
                        || leave.staffId().equals(swap.partnerId()) && leave.covers(swap.partnerDay());
                assertThat(givenAway).as("approved leave %s on a day that swap %s gives away", leave, swap).isFalse();
            }
            // R-LV-2: the right people, level by level.
            List<Role> approvers = facts.decisionsOn(leave.id()).stream().filter(d -> d.verdict() == Verdict.APPROVED)
                    .map(d -> facts.staff(d.decidedBy()).orElseThrow().role()).toList();
            assertThat(approvers).containsSubsequence(Approvals.leaveLevels(leave));
        }
        Map<UUID, Long> swapsOf = new java.util.HashMap<>();
        for (SwapRequest swap : facts.swaps()) {
            if (facts.status(swap) != RequestStatus.APPROVED) {
                continue;
            }
            Staff a = facts.staff(swap.requesterId()).orElseThrow();
            Staff b = facts.staff(swap.partnerId()).orElseThrow();
            assertThat(a.workType()).isEqualTo(b.workType());                      // R-SW-4
            assertThat(a.grade()).isEqualTo(b.grade());                            // R-SW-4, R-GR-1
            assertThat(facts.isHoliday(swap.requesterDay()) || facts.isHoliday(swap.partnerDay())).isFalse(); // R-SW-5
            assertThat(facts.decisionsOn(swap.id()).stream().filter(d -> d.verdict() == Verdict.APPROVED)
                    .map(Decision::decidedBy).collect(Collectors.toSet()))
                    .containsAll(Approvals.swapLeaders(swap, facts));              // R-SW-1
            swapsOf.merge(a.id(), 1L, Long::sum);
            swapsOf.merge(b.id(), 1L, Long::sum);
            // R-SW-6: whoever leaves a swapped shift empty makes both parties absent.
            roster.shift(swap.partnerId(), swap.requesterDay()).filter(EffectiveRoster.Shift::swapped).ifPresent(s ->
                    assertThat(org.seatdesk.roster.rules.EmptySwappedShift.absentees(facts, swap.partnerId(),
                            swap.requesterDay())).hasSize(2));
        }
        // R-SW-2 (every day of the test lies in one or two months; the count is per month, so per person
        // at most two in each of them).
        swapsOf.forEach((person, count) -> assertThat(count).isLessThanOrEqualTo(2L * 2));
        for (var month : facts.swaps().stream().map(SwapRequest::month).distinct().toList()) {
            for (Staff person : facts.people()) {
                long inMonth = facts.swaps().stream().filter(s -> s.month().equals(month) && s.involves(person.id())
                        && facts.status(s) == RequestStatus.APPROVED).count();
                assertThat(inMonth).as("swaps of %s in %s", person.name(), month).isLessThanOrEqualTo(POLICY.maxSwapsPerMonth());
            }
        }
        // R-SW-3: the roster was planned without back-to-back shifts; no swap made one.
        for (Staff person : facts.people()) {
            assertThat(RestBetweenShifts.backToBackDays(roster, facts, person.id(), D, D.plusDays(DAYS + 3),
                    POLICY.minimumRest())).as("back-to-back days of %s", person.name()).isEmpty();
            // R-SW-5: no leave on a swapped shift.
            assertThat(roster.shiftsOf(person.id(), D, D.plusDays(DAYS + 3)))
                    .noneMatch(s -> s.swapped() && s.onLeave());
        }
    }

    /// A rotation-like plan with rest after nights, so the plan itself has no back-to-back shifts.
    private static void plan(RosterScenario room, List<Staff> agents, Random random) {
        for (Staff agent : agents) {
            String previous = null;
            for (int day = -1; day < DAYS + 3; day++) {
                String code = switch (random.nextInt(4)) {
                    case 0 -> "DAY";
                    case 1 -> "MIDDLE";
                    case 2 -> "NIGHT";
                    default -> null;
                };
                if ("NIGHT".equals(previous) && code != null && !code.equals("NIGHT")) {
                    code = null; // rest after a night
                }
                if (code != null) {
                    room.works(agent, D.plusDays(day), switch (code) {
                        case "DAY" -> RosterScenario.DAY;
                        case "MIDDLE" -> RosterScenario.MIDDLE;
                        default -> RosterScenario.NIGHT;
                    });
                }
                previous = code;
            }
        }
    }

    private static LocalDate workDay(RosterFacts facts, Staff who, Random random) {
        List<EffectiveRoster.Shift> shifts = facts.effective().shiftsOf(who.id(), D, D.plusDays(DAYS - 1));
        return shifts.isEmpty() ? D : pick(random, shifts).assignment().workDay();
    }

    private static java.util.Optional<Staff> nextApprover(RosterFacts facts, UUID id, List<Staff> everyone) {
        return everyone.stream().filter(p -> facts.leave(id).map(l -> Approvals.isNextApprover(p, l, facts))
                .orElseGet(() -> Approvals.isNextApprover(p, facts.swap(id).orElseThrow(), facts))).findFirst();
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}

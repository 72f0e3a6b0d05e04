package org.seatdesk.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;

/// A small room in memory for the rule tests: two squads, agents of two grades, the approvers,
/// the centre's three shift types. Build it up, then take {@link #facts()}.
public final class RosterScenario {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final ShiftType DAY = new ShiftType("DAY", "白班", "Day shift", LocalTime.of(8, 0), LocalTime.of(16, 0));
    public static final ShiftType MIDDLE = new ShiftType("MIDDLE", "中班", "Middle shift", LocalTime.of(12, 0), LocalTime.of(20, 0));
    public static final ShiftType NIGHT = new ShiftType("NIGHT", "夜班", "Night shift", LocalTime.of(20, 0), LocalTime.of(8, 0));
    /// A Wednesday.
    public static final LocalDate D = LocalDate.of(2026, 12, 9);

    public final Staff leaderOne = person("M001", "周建华", Role.SHIFT_MONITOR, Grade.SENIOR, "SUPERVISION");
    public final Staff leaderTwo = person("M002", "黄志强", Role.SHIFT_MONITOR, Grade.SENIOR, "SUPERVISION");
    public final Staff department = person("D001", "郑国强", Role.DEPARTMENT_DIRECTOR, Grade.SENIOR, "MANAGEMENT");
    public final Staff centre = person("C001", "吴文静", Role.CENTRE_DIRECTOR, Grade.SENIOR, "MANAGEMENT");
    /// Squad one.
    public final Staff ann = person("A001", "李晓燕", Role.AGENT, Grade.INTERMEDIATE, "INBOUND");
    public final Staff junior = person("A003", "王磊", Role.AGENT, Grade.JUNIOR, "INBOUND");
    /// Squad two, same work type and grade as Ann.
    public final Staff ben = person("A002", "陈思远", Role.AGENT, Grade.INTERMEDIATE, "INBOUND");
    public final Staff callback = person("R001", "林雅婷", Role.CALLBACK_DESK, Grade.INTERMEDIATE, "CALLBACK");

    private final List<Staff> staff = new ArrayList<>(List.of(leaderOne, leaderTwo, department, centre, ann, junior, ben,
            callback));
    private final Map<UUID, Squad> squads = new HashMap<>();
    private final List<Assignment> planned = new ArrayList<>();
    private final List<LocalDate> holidays = new ArrayList<>();
    private final List<LeaveRequest> leaves = new ArrayList<>();
    private final List<SwapRequest> swaps = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    public RosterScenario() {
        Squad one = new Squad("S1", "一组", "Squad 1", leaderOne.id());
        Squad two = new Squad("S2", "二组", "Squad 2", leaderTwo.id());
        squads.put(ann.id(), one);
        squads.put(junior.id(), one);
        squads.put(callback.id(), one);
        squads.put(ben.id(), two);
    }

    public static Staff person(String staffNo, String name, Role role, Grade grade, String workType) {
        return new Staff(UUID.nameUUIDFromBytes(staffNo.getBytes()), staffNo, name, role, grade, workType, "HQ", "CN",
                null, true);
    }

    public RosterScenario works(Staff who, LocalDate day, ShiftType type) {
        planned.removeIf(a -> a.staffId().equals(who.id()) && a.workDay().equals(day));
        planned.add(new Assignment(who.id(), day, type.code(), "S" + who.staffNo().substring(2)));
        return this;
    }

    public RosterScenario holiday(LocalDate day) {
        holidays.add(day);
        return this;
    }

    public RosterScenario add(LeaveRequest leave) {
        leaves.add(leave);
        return this;
    }

    public RosterScenario add(SwapRequest swap) {
        swaps.add(swap);
        return this;
    }

    public RosterScenario decide(Staff who, UUID requestId, Verdict verdict, Instant at) {
        RequestKind kind = leaves.stream().anyMatch(l -> l.id().equals(requestId)) ? RequestKind.LEAVE : RequestKind.SWAP;
        decisions.add(new Decision(UUID.randomUUID(), requestId, kind, who.id(), verdict, null, at));
        return this;
    }

    public RosterFacts facts() {
        return new RosterFacts(ZONE, List.of(DAY, MIDDLE, NIGHT), staff, squads, holidays, planned, leaves, swaps, decisions);
    }

    /// `hoursBefore` hours before `day` at `time`, in the centre's zone.
    public static Instant before(LocalDate day, LocalTime time, long hoursBefore) {
        return day.atTime(time).atZone(ZONE).toInstant().minusSeconds(hoursBefore * 3600);
    }

    public static LeaveRequest leave(Staff who, Staff by, LeaveKind kind, LocalDate first, LocalDate last,
                                     boolean certificate, Instant at) {
        return new LeaveRequest(UUID.randomUUID(), who.id(), by.id(), kind, first, last, certificate, null, at);
    }

    public static SwapRequest swap(Staff requester, LocalDate myDay, Staff partner, LocalDate theirDay, Instant at) {
        return new SwapRequest(UUID.randomUUID(), requester.id(), partner.id(), myDay, theirDay, null, at);
    }
}

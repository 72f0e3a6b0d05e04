package org.seatdesk.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.seatdesk.security.Staff;

/// Everything the leave and swap rules look at, for a window of days: the planned roster, the
/// people and their squads, holidays, and the requests with their decisions. Immutable; the
/// effective roster (planned + approved swaps + approved leave) and each request's status are
/// derived from it, the same way at a seat and at the hub.
public final class RosterFacts {

    private final ZoneId zone;
    private final Map<String, ShiftType> shiftTypes;
    private final Map<UUID, Staff> staff;
    private final Map<UUID, Squad> squadOf;
    private final Set<LocalDate> holidays;
    private final List<Assignment> planned;
    private final List<LeaveRequest> leaves;
    private final List<SwapRequest> swaps;
    private final Map<UUID, List<Decision>> decisions;
    private EffectiveRoster effective;

    public RosterFacts(ZoneId zone, Collection<ShiftType> shiftTypes, Collection<Staff> staff, Map<UUID, Squad> squadOf,
                       Collection<LocalDate> holidays, List<Assignment> planned, List<LeaveRequest> leaves,
                       List<SwapRequest> swaps, List<Decision> decisions) {
        this.zone = zone;
        this.shiftTypes = shiftTypes.stream().collect(Collectors.toUnmodifiableMap(ShiftType::code, t -> t));
        this.staff = staff.stream().collect(Collectors.toUnmodifiableMap(Staff::id, s -> s));
        this.squadOf = Map.copyOf(squadOf);
        this.holidays = Set.copyOf(holidays);
        this.planned = List.copyOf(planned);
        this.leaves = List.copyOf(leaves);
        this.swaps = List.copyOf(swaps);
        Map<UUID, List<Decision>> byRequest = new HashMap<>();
        decisions.stream().sorted(Comparator.comparing(Decision::decidedAt))
                .forEach(d -> byRequest.computeIfAbsent(d.requestId(), k -> new ArrayList<>()).add(d));
        this.decisions = byRequest;
    }

    /// The same facts with one more request or decision (what a check or an approval would make).
    public RosterFacts with(LeaveRequest leave) {
        List<LeaveRequest> more = new ArrayList<>(leaves);
        more.add(leave);
        return new RosterFacts(zone, shiftTypes.values(), staff.values(), squadOf, holidays, planned, more, swaps, allDecisions());
    }

    public RosterFacts with(SwapRequest swap) {
        List<SwapRequest> more = new ArrayList<>(swaps);
        more.add(swap);
        return new RosterFacts(zone, shiftTypes.values(), staff.values(), squadOf, holidays, planned, leaves, more, allDecisions());
    }

    public RosterFacts with(Decision decision) {
        List<Decision> more = allDecisions();
        more.add(decision);
        return new RosterFacts(zone, shiftTypes.values(), staff.values(), squadOf, holidays, planned, leaves, swaps, more);
    }

    public ZoneId zone() {
        return zone;
    }

    public Optional<ShiftType> shiftType(String code) {
        return Optional.ofNullable(shiftTypes.get(code));
    }

    public Collection<ShiftType> shiftTypes() {
        return shiftTypes.values();
    }

    public Optional<Staff> staff(UUID id) {
        return Optional.ofNullable(staff.get(id));
    }

    public Collection<Staff> people() {
        return staff.values();
    }

    public Optional<Squad> squadOf(UUID staffId) {
        return Optional.ofNullable(squadOf.get(staffId));
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    public List<Assignment> planned() {
        return planned;
    }

    public List<LeaveRequest> leaves() {
        return leaves;
    }

    public List<SwapRequest> swaps() {
        return swaps;
    }

    public Optional<LeaveRequest> leave(UUID id) {
        return leaves.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<SwapRequest> swap(UUID id) {
        return swaps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /// Decisions on a request, oldest first.
    public List<Decision> decisionsOn(UUID requestId) {
        return decisions.getOrDefault(requestId, List.of());
    }

    private List<Decision> allDecisions() {
        List<Decision> all = new ArrayList<>();
        decisions.values().forEach(all::addAll);
        return all;
    }

    public RequestStatus status(LeaveRequest leave) {
        return Approvals.leaveProgress(leave, this).status();
    }

    public RequestStatus status(SwapRequest swap) {
        return Approvals.swapProgress(swap, this).status();
    }

    /// The roster as it stands after approved swaps and leave.
    public synchronized EffectiveRoster effective() {
        if (effective == null) {
            effective = EffectiveRoster.of(this);
        }
        return effective;
    }

    /// When a shift of `type` starting on `day` begins and ends, in the centre's zone.
    public Instant start(LocalDate day, ShiftType type) {
        return LocalDateTime.of(day, type.startsAt()).atZone(zone).toInstant();
    }

    public Instant end(LocalDate day, ShiftType type) {
        return (type.crossesMidnight() ? day.plusDays(1) : day).atTime(type.endsAt()).atZone(zone).toInstant();
    }
}

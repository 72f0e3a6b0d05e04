package org.seatdesk.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/// The roster as worked: the planned assignments with approved swaps applied in the order they
/// were approved, and approved leave marked. One shift per person and day.
public final class EffectiveRoster {

    /// A shift as it will be worked; `swapId` set when it came to this person by a swap (R-SW-5,
    /// R-SW-6), `leaveId` when the person is on approved leave for it.
    public record Shift(Assignment assignment, UUID swapId, UUID leaveId) {

        public boolean swapped() {
            return swapId != null;
        }

        public boolean onLeave() {
            return leaveId != null;
        }
    }

    private record Key(UUID staffId, LocalDate day) {
    }

    private final Map<Key, Shift> shifts;

    private EffectiveRoster(Map<Key, Shift> shifts) {
        this.shifts = shifts;
    }

    static EffectiveRoster of(RosterFacts facts) {
        Map<Key, Shift> shifts = new HashMap<>();
        for (Assignment a : facts.planned()) {
            shifts.put(new Key(a.staffId(), a.workDay()), new Shift(a, null, null));
        }
        List<SwapRequest> approved = facts.swaps().stream()
                .filter(s -> facts.status(s) == RequestStatus.APPROVED)
                .sorted(Comparator.comparing(s -> Approvals.swapProgress(s, facts).settledAt()))
                .toList();
        for (SwapRequest swap : approved) {
            apply(shifts, swap);
        }
        for (LeaveRequest leave : facts.leaves()) {
            if (facts.status(leave) == RequestStatus.APPROVED) {
                for (LocalDate d = leave.firstDay(); !d.isAfter(leave.lastDay()); d = d.plusDays(1)) {
                    Key key = new Key(leave.staffId(), d);
                    Shift s = shifts.get(key);
                    if (s != null) {
                        shifts.put(key, new Shift(s.assignment(), s.swapId(), leave.id()));
                    }
                }
            }
        }
        return new EffectiveRoster(shifts);
    }

    /// This roster with one more swap applied (what approving it would give), for R-SW-3.
    public EffectiveRoster withSwap(SwapRequest swap) {
        Map<Key, Shift> copy = new HashMap<>(shifts);
        apply(copy, swap);
        return new EffectiveRoster(copy);
    }

    /// Moves each party's shift to the other; the seat goes with the shift. A swap whose shifts
    /// are gone (changed roster) changes nothing: the rules refuse such a swap before approval.
    private static void apply(Map<Key, Shift> shifts, SwapRequest swap) {
        Key given = new Key(swap.requesterId(), swap.requesterDay());
        Key taken = new Key(swap.partnerId(), swap.partnerDay());
        Shift mine = shifts.get(given);
        Shift theirs = shifts.get(taken);
        if (mine == null || theirs == null) {
            return;
        }
        shifts.remove(given);
        shifts.remove(taken);
        Assignment toPartner = new Assignment(swap.partnerId(), swap.requesterDay(), mine.assignment().shiftCode(),
                mine.assignment().seatCode());
        Assignment toRequester = new Assignment(swap.requesterId(), swap.partnerDay(), theirs.assignment().shiftCode(),
                theirs.assignment().seatCode());
        shifts.put(new Key(swap.partnerId(), swap.requesterDay()), new Shift(toPartner, swap.id(), null));
        shifts.put(new Key(swap.requesterId(), swap.partnerDay()), new Shift(toRequester, swap.id(), null));
    }

    public Optional<Shift> shift(UUID staffId, LocalDate day) {
        return Optional.ofNullable(shifts.get(new Key(staffId, day)));
    }

    /// A person's shifts between two days (inclusive), in order.
    public List<Shift> shiftsOf(UUID staffId, LocalDate from, LocalDate to) {
        List<Shift> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Shift s = shifts.get(new Key(staffId, d));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /// Everybody working `shiftCode` of `day`.
    public List<Shift> on(LocalDate day, String shiftCode) {
        return shifts.values().stream()
                .filter(s -> s.assignment().workDay().equals(day) && s.assignment().shiftCode().equals(shiftCode))
                .toList();
    }

    public Collection<Shift> all() {
        return shifts.values();
    }
}

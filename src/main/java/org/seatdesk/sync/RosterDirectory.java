package org.seatdesk.sync;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.seatdesk.roster.Assignment;
import org.seatdesk.roster.Holiday;
import org.seatdesk.roster.Seat;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.roster.Squad;
import org.seatdesk.roster.WorkType;

/// The roster part of the hub's directory (ADR 0024): the reference data every roster check
/// reads — shift types, work types (R-SW-4), public holidays (R-SW-5, R-LV-5), seats, squads and
/// their members (R-SW-1) — and the plan of {@link #window the window} for the people of
/// `region` (null: every region, for an HQ caller). The plan is complete for that window and
/// region: a person or day it leaves out is off. `asOfSeq` is the hub's last sequence number
/// read before the plan, so every roster edit up to it is already in the plan (ADR 0018).
public record RosterDirectory(LocalDate from, LocalDate to, String region, long asOfSeq, List<ShiftType> shiftTypes,
                              List<WorkType> workTypes, List<Holiday> holidays, List<Seat> seats, List<Squad> squads,
                              List<Member> members, List<PersonPlan> plan) {

    /// Two weeks back: the roll call and a night shift of yesterday, the week grid's last weeks,
    /// back-to-back checks (R-SW-3) of recent swaps.
    public static final int DAYS_BACK = 14;
    /// Eight weeks ahead: the week grid's coming weeks and the leave and swap requests the
    /// approvals inbox checks (RequestService looks 45 days ahead).
    public static final int DAYS_AHEAD = 56;
    /// Separates a shift code from a seat that is not the person's usual one in {@link PersonPlan#shifts}.
    static final char AT = '@';

    public RosterDirectory {
        shiftTypes = List.copyOf(shiftTypes);
        workTypes = List.copyOf(workTypes);
        holidays = List.copyOf(holidays);
        seats = List.copyOf(seats);
        squads = List.copyOf(squads);
        members = List.copyOf(members);
        plan = List.copyOf(plan);
    }

    /// The days the directory plans around `today` (in the centre's zone).
    public record Window(LocalDate from, LocalDate to) {

        public static Window around(LocalDate today) {
            return new Window(today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD));
        }

        int days() {
            return (int) ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /// A person's place in a squad (R-SW-1).
    public record Member(UUID staffId, String squadCode) {
    }

    /// One person's plan, one entry per day of the window from `from` (up to the last day worked):
    /// null when off, the shift
    /// code when at `seatCode` (the seat of most of the person's days), `CODE@SEAT` at another
    /// seat, `CODE@` at none. About seven bytes a day instead of a JSON object per shift: the
    /// directory of 300 people stays small (docs/performance.md, "Roster directory").
    public record PersonPlan(UUID staffId, String seatCode, List<String> shifts) {

        public PersonPlan {
            shifts = java.util.Collections.unmodifiableList(new ArrayList<>(shifts)); // nulls allowed: days off
        }
    }

    /// The window's shifts as people's plans; shifts outside the window are left out.
    public static List<PersonPlan> encode(Window window, List<Assignment> shifts) {
        Map<UUID, List<Assignment>> byPerson = shifts.stream()
                .filter(a -> !a.workDay().isBefore(window.from()) && !a.workDay().isAfter(window.to()))
                .collect(Collectors.groupingBy(Assignment::staffId, LinkedHashMap::new, Collectors.toList()));
        List<PersonPlan> out = new ArrayList<>();
        byPerson.forEach((staffId, days) -> {
            String usual = usualSeat(days);
            List<String> entries = new ArrayList<>(java.util.Collections.nCopies(window.days(), (String) null));
            for (Assignment a : days) {
                if (a.shiftCode().indexOf(AT) >= 0) {
                    throw new IllegalArgumentException("a shift code may not contain '" + AT + "': " + a.shiftCode());
                }
                String entry = Objects.equals(a.seatCode(), usual) ? a.shiftCode()
                        : a.shiftCode() + AT + (a.seatCode() == null ? "" : a.seatCode());
                entries.set((int) ChronoUnit.DAYS.between(window.from(), a.workDay()), entry);
            }
            while (entries.getLast() == null) { // the days off at the end go without saying
                entries.removeLast();
            }
            out.add(new PersonPlan(staffId, usual, entries));
        });
        out.sort(Comparator.comparing(PersonPlan::staffId));
        return out;
    }

    /// The plan as shifts, one per person and day worked.
    public List<Assignment> toAssignments() {
        List<Assignment> out = new ArrayList<>();
        for (PersonPlan person : plan) {
            for (int i = 0; i < person.shifts().size(); i++) {
                String entry = person.shifts().get(i);
                if (entry == null) {
                    continue;
                }
                int at = entry.indexOf(AT);
                String code = at < 0 ? entry : entry.substring(0, at);
                String seat = at < 0 ? person.seatCode() : at == entry.length() - 1 ? null : entry.substring(at + 1);
                out.add(new Assignment(person.staffId(), from.plusDays(i), code, seat));
            }
        }
        return out;
    }

    /// The seat of most days (on a tie, the first in order), so that most entries are the code alone.
    private static String usualSeat(List<Assignment> days) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        days.forEach(a -> counts.merge(a.seatCode() == null ? "" : a.seatCode(), 1L, Long::sum));
        String most = "";
        long best = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() > best) {
                most = e.getKey();
                best = e.getValue();
            }
        }
        return most.isEmpty() ? null : most;
    }
}

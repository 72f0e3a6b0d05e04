package org.seatdesk.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seatdesk.demo.DemoCentre.ShiftAssignment;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;

/// Shift types and a roster for the week before and the week after today. Agents and the monitor
/// rotate two days, two middles, two nights, two off (rest after nights, so no night is followed
/// by a day shift); the others work office days. The demo logins A001 and A002 are put on the
/// shift that is running at `now`, so the seat console always shows a current shift.
final class DemoRoster {

    static final int DAYS_AROUND = 7;
    static final List<String> ON_SHIFT_NOW = List.of("A001", "A002");
    private static final List<String> ROTATION = Arrays.asList("DAY", "DAY", "MIDDLE", "MIDDLE", "NIGHT", "NIGHT", null, null);
    private static final String OFFICE_SHIFT = "DAY";

    private final ZoneId zone;
    private final Map<String, ShiftType> types = new LinkedHashMap<>();
    private final List<ShiftAssignment> assignments = new ArrayList<>();
    private final Map<UUID, Map<LocalDate, ShiftType>> byStaff = new HashMap<>();

    DemoRoster(DemoContent content, List<Staff> staff, Instant now, ZoneId zone) {
        this.zone = zone;
        for (String[] row : content.rows("shift-types")) {
            types.put(row[0], new ShiftType(row[0], row[1], row[2], LocalTime.parse(row[3]), LocalTime.parse(row[4])));
        }
        ROTATION.stream().filter(code -> code != null && !types.containsKey(code)).findAny().ifPresent(code -> {
            throw new IllegalStateException("centre.txt: the rotation needs shift type " + code);
        });
        LocalDate today = LocalDate.ofInstant(now, zone);
        Running running = runningAt(LocalDateTime.ofInstant(now, zone));
        Map<UUID, Integer> phases = phases(staff, running);
        for (Staff person : staff) {
            for (LocalDate day = today.minusDays(DAYS_AROUND); !day.isAfter(today.plusDays(DAYS_AROUND)); day = day.plusDays(1)) {
                Integer phase = phases.get(person.id());
                String code = phase != null
                        ? ROTATION.get(Math.floorMod(day.toEpochDay() + phase, ROTATION.size()))
                        : worksOfficeDay(person, day) ? OFFICE_SHIFT : null;
                if (code != null) {
                    assignments.add(new ShiftAssignment(person.id(), day, code, person.seatCode()));
                    byStaff.computeIfAbsent(person.id(), k -> new HashMap<>()).put(day, types.get(code));
                }
            }
        }
    }

    /// Rotation phases: A001 and A002 on the two slots of the running shift; the others of a desk
    /// three slots apart, so colleagues are spread over the shifts rather than all off together.
    private static Map<UUID, Integer> phases(List<Staff> staff, Running running) {
        Map<UUID, Integer> phases = new HashMap<>();
        Map<String, Integer> nextOfDesk = new HashMap<>();
        for (Staff person : staff) {
            if (!rotates(person)) {
                continue;
            }
            int phase = switch (ON_SHIFT_NOW.indexOf(person.staffNo())) {
                case 0 -> running.phase(ROTATION.indexOf(running.code()));
                case 1 -> running.phase(ROTATION.lastIndexOf(running.code()));
                default -> 3 * nextOfDesk.merge(person.deskId(), 1, Integer::sum) % ROTATION.size();
            };
            phases.put(person.id(), phase);
        }
        return phases;
    }

    private static boolean rotates(Staff person) {
        return person.role() == Role.AGENT || person.role() == Role.SHIFT_MONITOR;
    }

    /// Callbacks are made six days a week; directors, inspectors of quality and editors work weekdays.
    private static boolean worksOfficeDay(Staff person, LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SUNDAY && (dow != DayOfWeek.SATURDAY || person.role() == Role.CALLBACK_DESK);
    }

    /// The shift that is running at `at`: a day-time shift of today, or the night shift of yesterday.
    private Running runningAt(LocalDateTime at) {
        for (LocalDate day : List.of(at.toLocalDate(), at.toLocalDate().minusDays(1))) {
            for (ShiftType type : types.values()) {
                if (ROTATION.contains(type.code()) && type.covers(day, at)) {
                    return new Running(day, type.code());
                }
            }
        }
        throw new IllegalStateException("centre.txt: the shift types leave " + at.toLocalTime() + " uncovered");
    }

    private record Running(LocalDate day, String code) {

        /// The rotation phase that puts rotation slot `slot` on `day`.
        int phase(int slot) {
            return Math.floorMod(slot - day.toEpochDay(), ROTATION.size());
        }
    }

    boolean onShift(Staff person, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        Map<LocalDate, ShiftType> days = byStaff.getOrDefault(person.id(), Map.of());
        for (LocalDate day : List.of(local.toLocalDate(), local.toLocalDate().minusDays(1))) {
            ShiftType type = days.get(day);
            if (type != null && type.covers(day, local)) {
                return true;
            }
        }
        return false;
    }

    List<ShiftType> shiftTypes() {
        return List.copyOf(types.values());
    }

    List<ShiftAssignment> assignments() {
        return List.copyOf(assignments);
    }
}

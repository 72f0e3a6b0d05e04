package org.seatdesk.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/// A centre's roster as an administrator writes it for `hub import-roster` (admin guide, "Where
/// the hub's roster comes from"): one record per line, `kind,field,…`, comma-separated without
/// quoting; blank lines and lines starting with `#` are ignored. People are named by staff number.
///
///     shift,NIGHT,夜班,Night shift,20:00,08:00
///     work-type,INBOUND,呼入,Inbound
///     holiday,2027-01-01,元旦,New Year's Day
///     seat,S11,GD,Guangzhou room
///     squad,SQ2,二组,Squad 2,M002
///     member,A009,SQ2
///     plan,A009,2026-11-24,DAY,S11
///     plan,A009,2026-11-25,-
///
/// In `plan`, `-` is a day off and the seat may be left out.
public record RosterFile(List<ShiftType> shiftTypes, List<WorkType> workTypes, List<Holiday> holidays, List<Seat> seats,
                         List<SquadLine> squads, List<MemberLine> members, List<PlanLine> plan, List<String> problems) {

    public record SquadLine(int line, String code, String nameZh, String nameEn, String leaderNo) {
    }

    public record MemberLine(int line, String staffNo, String squadCode) {
    }

    /// `shiftCode` null: the person is off that day.
    public record PlanLine(int line, String staffNo, LocalDate day, String shiftCode, String seatCode) {
    }

    public static final String OFF = "-";

    /// Every line read; what could not be read is in `problems`, with its line number.
    public static RosterFile parse(List<String> lines) {
        RosterFile file = new RosterFile(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] f = text.split(",", -1);
            for (int j = 0; j < f.length; j++) {
                f[j] = f[j].strip();
            }
            int line = i + 1;
            try {
                file.read(line, f);
            } catch (DateTimeParseException e) {
                file.problems.add("line " + line + ": '" + e.getParsedString() + "' is not a date (YYYY-MM-DD) or a time (HH:MM)");
            } catch (IllegalArgumentException e) {
                file.problems.add("line " + line + ": " + e.getMessage());
            }
        }
        return file;
    }

    private void read(int line, String[] f) {
        switch (f[0]) {
            case "shift" -> {
                fields(f, 6, 6);
                if (f[1].contains("@")) { // the directory's plan uses '@' between shift and seat (ADR 0024)
                    throw new IllegalArgumentException("a shift code may not contain '@'");
                }
                shiftTypes.add(new ShiftType(code(f[1], 8), text(f[2], 32), text(f[3], 32), LocalTime.parse(f[4]),
                        LocalTime.parse(f[5])));
            }
            case "work-type" -> {
                fields(f, 4, 4);
                workTypes.add(new WorkType(code(f[1], 16), text(f[2], 32), text(f[3], 32)));
            }
            case "holiday" -> {
                fields(f, 4, 4);
                holidays.add(new Holiday(LocalDate.parse(f[1]), text(f[2], 32), text(f[3], 64)));
            }
            case "seat" -> {
                fields(f, 4, 4);
                seats.add(new Seat(code(f[1], 8), code(f[2], 16), text(f[3], 32)));
            }
            case "squad" -> {
                fields(f, 5, 5);
                squads.add(new SquadLine(line, code(f[1], 8), text(f[2], 32), text(f[3], 32), code(f[4], 16)));
            }
            case "member" -> {
                fields(f, 3, 3);
                members.add(new MemberLine(line, code(f[1], 16), code(f[2], 8)));
            }
            case "plan" -> {
                fields(f, 4, 5);
                boolean off = f[3].equals(OFF);
                String seat = f.length == 5 && !f[4].isEmpty() ? code(f[4], 8) : null;
                plan.add(new PlanLine(line, code(f[1], 16), LocalDate.parse(f[2]), off ? null : code(f[3], 8),
                        off ? null : seat));
            }
            default -> throw new IllegalArgumentException("unknown kind '" + f[0]
                    + "' (shift, work-type, holiday, seat, squad, member or plan)");
        }
    }

    private static void fields(String[] f, int min, int max) {
        if (f.length < min || f.length > max) {
            throw new IllegalArgumentException("'" + f[0] + "' takes " + (min == max ? min - 1 : (min - 1) + " or " + (max - 1))
                    + " fields, not " + (f.length - 1));
        }
    }

    private static String code(String value, int max) {
        if (!value.matches("[A-Za-z0-9_-]{1," + max + "}")) {
            throw new IllegalArgumentException("'" + value + "' is not a code of 1 to " + max + " letters, digits, '-' or '_'");
        }
        return value;
    }

    private static String text(String value, int max) {
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException("a name must have 1 to " + max + " characters: '" + value + "'");
        }
        return value;
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.DESK;
import static org.seatdesk.store.jooq.Tables.ROSTER_EDIT;
import static org.seatdesk.store.jooq.Tables.SHIFT_ASSIGNMENT;
import static org.seatdesk.store.jooq.Tables.SHIFT_TYPE;
import static org.seatdesk.store.jooq.Tables.SQUAD;
import static org.seatdesk.store.jooq.Tables.SQUAD_MEMBER;
import static org.seatdesk.store.jooq.Tables.STAFF;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.roster.RosterFile;

/// `hub import-roster`: a roster file into the hub's tables in one transaction, all or nothing.
/// Reference data is added or updated; a plan line replaces that person's day, unless the director
/// has edited that day in the grid (the edits are the plan there, ADR 0018). Consoles take it
/// with the directory at their next login (ADR 0024); it is not a roster edit and does not enter
/// the change feed.
public final class JooqRosterImport {

    /// What was written, or why nothing was.
    public record Result(int shiftTypes, int workTypes, int holidays, int seats, int squads, int members, int planned,
                         List<String> problems) {
    }

    private JooqRosterImport() {
    }

    public static Result apply(Database database, RosterFile file) {
        if (!file.problems().isEmpty()) {
            return refused(file.problems());
        }
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Map<String, UUID> staff = new HashMap<>();
            tx.select(STAFF.STAFF_NO, STAFF.ID).from(STAFF).forEach(r -> staff.put(r.value1(), r.value2()));
            Set<String> desks = new HashSet<>(tx.select(DESK.ID).from(DESK).fetch(DESK.ID));
            Set<String> shiftCodes = new HashSet<>(tx.select(SHIFT_TYPE.CODE).from(SHIFT_TYPE).fetch(SHIFT_TYPE.CODE));
            file.shiftTypes().forEach(t -> shiftCodes.add(t.code()));
            Set<String> squads = new HashSet<>(tx.select(SQUAD.CODE).from(SQUAD).fetch(SQUAD.CODE));
            file.squads().forEach(q -> squads.add(q.code()));
            Set<String> edited = new HashSet<>();
            tx.selectDistinct(ROSTER_EDIT.STAFF_ID, ROSTER_EDIT.WORK_DAY).from(ROSTER_EDIT)
                    .forEach(r -> edited.add(r.value1() + "/" + r.value2()));
            List<String> problems = new ArrayList<>();
            file.seats().stream().filter(s -> !desks.contains(s.deskId()))
                    .forEach(s -> problems.add("seat " + s.code() + ": no desk " + s.deskId() + " at this hub"));
            file.squads().stream().filter(q -> !staff.containsKey(q.leaderNo()))
                    .forEach(q -> problems.add("line " + q.line() + ": no staff number " + q.leaderNo() + " at this hub"));
            file.members().forEach(m -> {
                if (!staff.containsKey(m.staffNo())) {
                    problems.add("line " + m.line() + ": no staff number " + m.staffNo() + " at this hub");
                } else if (!squads.contains(m.squadCode())) {
                    problems.add("line " + m.line() + ": no squad " + m.squadCode());
                }
            });
            file.plan().forEach(p -> {
                if (!staff.containsKey(p.staffNo())) {
                    problems.add("line " + p.line() + ": no staff number " + p.staffNo() + " at this hub");
                } else if (p.shiftCode() != null && !shiftCodes.contains(p.shiftCode())) {
                    problems.add("line " + p.line() + ": no shift type " + p.shiftCode());
                } else if (edited.contains(staff.get(p.staffNo()) + "/" + p.day())) {
                    // The director's edits are the plan (ADR 0018): a console that joins later replays
                    // the edit from the feed, so an imported day under it would not stay.
                    problems.add("line " + p.line() + ": " + p.staffNo() + " on " + p.day()
                            + " was edited in the roster grid; change it there");
                }
            });
            if (!problems.isEmpty()) {
                return refused(problems);
            }
            DirectoryRoster.upsertReference(tx, file.shiftTypes(), file.workTypes(), file.holidays(), file.seats());
            for (RosterFile.SquadLine q : file.squads()) {
                UUID leader = staff.get(q.leaderNo());
                tx.insertInto(SQUAD).set(SQUAD.CODE, q.code()).set(SQUAD.NAME_ZH, q.nameZh()).set(SQUAD.NAME_EN, q.nameEn())
                        .set(SQUAD.LEADER_ID, leader)
                        .onDuplicateKeyUpdate().set(SQUAD.NAME_ZH, q.nameZh()).set(SQUAD.NAME_EN, q.nameEn())
                        .set(SQUAD.LEADER_ID, leader).execute();
            }
            for (RosterFile.MemberLine m : file.members()) {
                UUID id = staff.get(m.staffNo());
                tx.deleteFrom(SQUAD_MEMBER).where(SQUAD_MEMBER.STAFF_ID.eq(id)).execute();
                tx.insertInto(SQUAD_MEMBER).set(SQUAD_MEMBER.STAFF_ID, id).set(SQUAD_MEMBER.SQUAD_CODE, m.squadCode()).execute();
            }
            int planned = 0;
            for (RosterFile.PlanLine p : file.plan()) {
                UUID id = staff.get(p.staffNo());
                tx.deleteFrom(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.STAFF_ID.eq(id).and(SHIFT_ASSIGNMENT.WORK_DAY.eq(p.day())))
                        .execute();
                if (p.shiftCode() != null) {
                    tx.insertInto(SHIFT_ASSIGNMENT).set(SHIFT_ASSIGNMENT.STAFF_ID, id).set(SHIFT_ASSIGNMENT.WORK_DAY, p.day())
                            .set(SHIFT_ASSIGNMENT.SHIFT_CODE, p.shiftCode()).set(SHIFT_ASSIGNMENT.SEAT_CODE, p.seatCode()).execute();
                    planned++;
                }
            }
            return new Result(file.shiftTypes().size(), file.workTypes().size(), file.holidays().size(), file.seats().size(),
                    file.squads().size(), file.members().size(), planned, List.of());
        });
    }

    private static Result refused(List<String> problems) {
        return new Result(0, 0, 0, 0, 0, 0, 0, List.copyOf(problems));
    }
}

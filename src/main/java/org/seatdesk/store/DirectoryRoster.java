package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.DESK;
import static org.seatdesk.store.jooq.Tables.PUBLIC_HOLIDAY;
import static org.seatdesk.store.jooq.Tables.SEAT;
import static org.seatdesk.store.jooq.Tables.SHIFT_ASSIGNMENT;
import static org.seatdesk.store.jooq.Tables.SHIFT_TYPE;
import static org.seatdesk.store.jooq.Tables.SQUAD;
import static org.seatdesk.store.jooq.Tables.SQUAD_MEMBER;
import static org.seatdesk.store.jooq.Tables.STAFF;
import static org.seatdesk.store.jooq.Tables.WORK_TYPE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatdesk.roster.Assignment;
import org.seatdesk.roster.Seat;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.roster.Squad;
import org.seatdesk.store.jooq.tables.records.ShiftAssignmentRecord;
import org.seatdesk.sync.RosterDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The seat's side of the roster directory (ADR 0024), inside the directory's transaction, after
/// desks and staff: reference data added or updated (never deleted: old plans and requests name
/// them), the window's plan of the directory's region replaced by the hub's, then the roster
/// edits the hub's plan cannot contain yet — this seat's own not yet back, and any pulled after
/// `asOfSeq` — planned again over it (ADR 0018). Applying the same directory twice changes nothing.
final class DirectoryRoster {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryRoster.class);

    private DirectoryRoster() {
    }

    static void apply(DSLContext tx, RosterDirectory roster) {
        upsertReference(tx, roster.shiftTypes(), roster.workTypes(), roster.holidays(), roster.seats());
        Set<UUID> known = new HashSet<>(tx.select(STAFF.ID).from(STAFF).fetch(STAFF.ID));
        squads(tx, roster, known);
        plan(tx, roster, known);
        RosterEdits.replanNewerThan(tx, roster.from(), roster.to(), roster.asOfSeq());
    }

    /// Shift types, work types, holidays and seats added or updated (also `hub import-roster`).
    static void upsertReference(DSLContext tx, List<ShiftType> shiftTypes, List<org.seatdesk.roster.WorkType> workTypes,
                                List<org.seatdesk.roster.Holiday> holidays, List<Seat> seats) {
        for (ShiftType t : shiftTypes) {
            tx.insertInto(SHIFT_TYPE).set(SHIFT_TYPE.CODE, t.code()).set(SHIFT_TYPE.NAME_ZH, t.nameZh())
                    .set(SHIFT_TYPE.NAME_EN, t.nameEn()).set(SHIFT_TYPE.STARTS_AT, t.startsAt()).set(SHIFT_TYPE.ENDS_AT, t.endsAt())
                    .onDuplicateKeyUpdate().set(SHIFT_TYPE.NAME_ZH, t.nameZh()).set(SHIFT_TYPE.NAME_EN, t.nameEn())
                    .set(SHIFT_TYPE.STARTS_AT, t.startsAt()).set(SHIFT_TYPE.ENDS_AT, t.endsAt()).execute();
        }
        workTypes.forEach(w -> tx.insertInto(WORK_TYPE).set(WORK_TYPE.CODE, w.code())
                .set(WORK_TYPE.NAME_ZH, w.nameZh()).set(WORK_TYPE.NAME_EN, w.nameEn())
                .onDuplicateKeyUpdate().set(WORK_TYPE.NAME_ZH, w.nameZh()).set(WORK_TYPE.NAME_EN, w.nameEn()).execute());
        holidays.forEach(h -> tx.insertInto(PUBLIC_HOLIDAY).set(PUBLIC_HOLIDAY.HOLIDAY, h.day())
                .set(PUBLIC_HOLIDAY.NAME_ZH, h.nameZh()).set(PUBLIC_HOLIDAY.NAME_EN, h.nameEn())
                .onDuplicateKeyUpdate().set(PUBLIC_HOLIDAY.NAME_ZH, h.nameZh()).set(PUBLIC_HOLIDAY.NAME_EN, h.nameEn()).execute());
        for (Seat s : seats) {
            if (!tx.fetchExists(DESK, DESK.ID.eq(s.deskId()))) {
                LOG.warn("Seat {} belongs to desk {}, which this seat does not have; skipped", s.code(), s.deskId());
                continue;
            }
            tx.insertInto(SEAT).set(SEAT.CODE, s.code()).set(SEAT.DESK_ID, s.deskId()).set(SEAT.AREA, s.area())
                    .onDuplicateKeyUpdate().set(SEAT.DESK_ID, s.deskId()).set(SEAT.AREA, s.area()).execute();
        }
    }

    /// R-SW-1: the squads and who is in them, as the hub has them. A member the directory leaves
    /// out of a squad it lists has left that squad.
    private static void squads(DSLContext tx, RosterDirectory roster, Set<UUID> known) {
        List<String> listed = new ArrayList<>();
        for (Squad q : roster.squads()) {
            if (!known.contains(q.leaderId())) {
                LOG.warn("Squad {} is led by someone this seat does not have; skipped", q.code());
                continue;
            }
            listed.add(q.code());
            tx.insertInto(SQUAD).set(SQUAD.CODE, q.code()).set(SQUAD.NAME_ZH, q.nameZh()).set(SQUAD.NAME_EN, q.nameEn())
                    .set(SQUAD.LEADER_ID, q.leaderId())
                    .onDuplicateKeyUpdate().set(SQUAD.NAME_ZH, q.nameZh()).set(SQUAD.NAME_EN, q.nameEn())
                    .set(SQUAD.LEADER_ID, q.leaderId()).execute();
        }
        tx.deleteFrom(SQUAD_MEMBER).where(SQUAD_MEMBER.SQUAD_CODE.in(listed)).execute();
        for (RosterDirectory.Member m : roster.members()) {
            if (known.contains(m.staffId()) && listed.contains(m.squadCode())) {
                tx.insertInto(SQUAD_MEMBER).set(SQUAD_MEMBER.STAFF_ID, m.staffId()).set(SQUAD_MEMBER.SQUAD_CODE, m.squadCode())
                        .onDuplicateKeyUpdate().set(SQUAD_MEMBER.SQUAD_CODE, m.squadCode()).execute();
            }
        }
    }

    /// The window's plan of the directory's region is the hub's: what the hub left out is off.
    /// Only the differences are written: at a refresh most of the plan is as it was.
    private static void plan(DSLContext tx, RosterDirectory roster, Set<UUID> known) {
        Condition inRegion = roster.region() == null ? DSL.trueCondition()
                : SHIFT_ASSIGNMENT.STAFF_ID.in(tx.select(STAFF.ID).from(STAFF).join(DESK).on(DESK.ID.eq(STAFF.DESK_ID))
                        .where(DESK.REGION.eq(roster.region())));
        Set<Assignment> here = new HashSet<>(tx.selectFrom(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.WORK_DAY.between(roster.from(), roster.to()).and(inRegion))
                .fetch(r -> new Assignment(r.getStaffId(), r.getWorkDay(), r.getShiftCode(), r.getSeatCode())));
        Set<String> types = new HashSet<>(tx.select(SHIFT_TYPE.CODE).from(SHIFT_TYPE).fetch(SHIFT_TYPE.CODE));
        List<Assignment> planned = roster.toAssignments();
        Set<Assignment> wanted = new HashSet<>();
        for (Assignment a : planned) {
            if (known.contains(a.staffId()) && types.contains(a.shiftCode())) {
                wanted.add(a);
            }
        }
        if (wanted.size() < planned.size()) {
            LOG.warn("{} shifts of the hub's plan name a person or shift type this seat does not have; skipped",
                    planned.size() - wanted.size());
        }
        // Bound batches: one statement rendered once, every row bound to it (see BatchInsert).
        List<Assignment> gone = here.stream().filter(a -> !wanted.contains(a)).toList();
        if (!gone.isEmpty()) {
            var delete = tx.batch(tx.deleteFrom(SHIFT_ASSIGNMENT)
                    .where(SHIFT_ASSIGNMENT.STAFF_ID.eq((UUID) null).and(SHIFT_ASSIGNMENT.WORK_DAY.eq((java.time.LocalDate) null))));
            gone.forEach(a -> delete.bind(a.staffId(), a.workDay()));
            delete.execute();
        }
        BatchInsert.insert(tx, wanted.stream().filter(a -> !here.contains(a)).toList(),
                a -> new ShiftAssignmentRecord(a.staffId(), a.workDay(), a.shiftCode(), a.seatCode()));
    }
}

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

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatdesk.roster.Assignment;
import org.seatdesk.roster.Holiday;
import org.seatdesk.roster.Seat;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.roster.Squad;
import org.seatdesk.roster.WorkType;
import org.seatdesk.sync.RosterDirectory;

/// The hub's side of the roster directory (ADR 0024): what it reads for a caller. Only the
/// caller's region's people, seats, squads and plan (principle 7: the feed's roster edits are
/// filtered the same way); shift types, work types and holidays are the centre's and no one's
/// personal data.
final class JooqRosterDirectory {

    private JooqRosterDirectory() {
    }

    /// @param region the caller's region, null for HQ (every region)
    /// @param asOfSeq the hub's last sequence number, read before this (in the same transaction)
    static RosterDirectory read(DSLContext tx, String region, RosterDirectory.Window window, long asOfSeq) {
        Condition ofRegion = region == null ? DSL.trueCondition() : DESK.REGION.eq(region);
        Condition staffInScope = region == null ? DSL.trueCondition()
                : STAFF.ID.in(tx.select(STAFF.ID).from(STAFF).join(DESK).on(DESK.ID.eq(STAFF.DESK_ID)).where(ofRegion));
        List<ShiftType> types = tx.selectFrom(SHIFT_TYPE).orderBy(SHIFT_TYPE.CODE)
                .fetch(r -> new ShiftType(r.getCode(), r.getNameZh(), r.getNameEn(), r.getStartsAt(), r.getEndsAt()));
        List<WorkType> workTypes = tx.selectFrom(WORK_TYPE).orderBy(WORK_TYPE.CODE)
                .fetch(r -> new WorkType(r.getCode(), r.getNameZh(), r.getNameEn()));
        List<Holiday> holidays = tx.selectFrom(PUBLIC_HOLIDAY).orderBy(PUBLIC_HOLIDAY.HOLIDAY)
                .fetch(r -> new Holiday(r.getHoliday(), r.getNameZh(), r.getNameEn()));
        List<Seat> seats = tx.select(SEAT.fields()).from(SEAT).join(DESK).on(DESK.ID.eq(SEAT.DESK_ID)).where(ofRegion)
                .orderBy(SEAT.CODE).fetch(r -> new Seat(r.get(SEAT.CODE), r.get(SEAT.DESK_ID), r.get(SEAT.AREA)));
        List<RosterDirectory.Member> members = tx.select(SQUAD_MEMBER.STAFF_ID, SQUAD_MEMBER.SQUAD_CODE).from(SQUAD_MEMBER)
                .join(STAFF).on(STAFF.ID.eq(SQUAD_MEMBER.STAFF_ID)).where(staffInScope)
                .orderBy(SQUAD_MEMBER.STAFF_ID).fetch(r -> new RosterDirectory.Member(r.value1(), r.value2()));
        Set<String> squadsOfMembers = members.stream().map(RosterDirectory.Member::squadCode).collect(Collectors.toSet());
        // A squad of the region: one of its members is here, or its leader is (R-SW-1 needs the leader).
        List<Squad> squads = tx.selectFrom(SQUAD).orderBy(SQUAD.CODE)
                .fetch(r -> new Squad(r.getCode(), r.getNameZh(), r.getNameEn(), r.getLeaderId())).stream()
                .filter(q -> region == null || squadsOfMembers.contains(q.code()) || leads(tx, q.leaderId(), region))
                .toList();
        List<Assignment> shifts = tx.select(SHIFT_ASSIGNMENT.fields()).from(SHIFT_ASSIGNMENT)
                .join(STAFF).on(STAFF.ID.eq(SHIFT_ASSIGNMENT.STAFF_ID))
                .where(SHIFT_ASSIGNMENT.WORK_DAY.between(window.from(), window.to()).and(staffInScope))
                .fetch(r -> new Assignment(r.get(SHIFT_ASSIGNMENT.STAFF_ID), r.get(SHIFT_ASSIGNMENT.WORK_DAY),
                        r.get(SHIFT_ASSIGNMENT.SHIFT_CODE), r.get(SHIFT_ASSIGNMENT.SEAT_CODE)));
        return new RosterDirectory(window.from(), window.to(), region, asOfSeq, types, workTypes, holidays, seats, squads,
                members, RosterDirectory.encode(window, shifts));
    }

    private static boolean leads(DSLContext tx, UUID leaderId, String region) {
        return tx.fetchExists(tx.selectOne().from(STAFF).join(DESK).on(DESK.ID.eq(STAFF.DESK_ID))
                .where(STAFF.ID.eq(leaderId).and(DESK.REGION.eq(region))));
    }
}

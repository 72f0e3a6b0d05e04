package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.DESK;
import static org.seatdesk.store.jooq.Tables.LEAVE_REQUEST;
import static org.seatdesk.store.jooq.Tables.PUBLIC_HOLIDAY;
import static org.seatdesk.store.jooq.Tables.ROSTER_DECISION;
import static org.seatdesk.store.jooq.Tables.ROSTER_EDIT;
import static org.seatdesk.store.jooq.Tables.SHIFT_ASSIGNMENT;
import static org.seatdesk.store.jooq.Tables.SHIFT_TYPE;
import static org.seatdesk.store.jooq.Tables.SQUAD;
import static org.seatdesk.store.jooq.Tables.SQUAD_MEMBER;
import static org.seatdesk.store.jooq.Tables.STAFF;
import static org.seatdesk.store.jooq.Tables.SWAP_REQUEST;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.roster.Assignment;
import org.seatdesk.roster.Decision;
import org.seatdesk.roster.LeaveKind;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.RequestKind;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterEdit;
import org.seatdesk.roster.RosterLedger;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.roster.Squad;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.roster.Verdict;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.store.jooq.tables.records.LeaveRequestRecord;
import org.seatdesk.store.jooq.tables.records.RosterDecisionRecord;
import org.seatdesk.store.jooq.tables.records.SwapRequestRecord;

/// The roster's records in one database (seat or hub), inside whatever transaction `dsl` is.
public final class JooqRosterLedger implements RosterLedger {

    /// Requests reach this far beyond the days asked for: the monthly swap count (R-SW-2) needs them.
    private static final int REQUEST_MARGIN_DAYS = 31;

    private final DSLContext dsl;
    private final ZoneId zone;

    public JooqRosterLedger(DSLContext dsl, ZoneId zone) {
        this.dsl = dsl;
        this.zone = zone;
    }

    @Override
    public RosterFacts facts(LocalDate from, LocalDate to) {
        LocalDate wideFrom = from.minusDays(REQUEST_MARGIN_DAYS);
        LocalDate wideTo = to.plusDays(REQUEST_MARGIN_DAYS);
        List<LeaveRequest> leaves = dsl.selectFrom(LEAVE_REQUEST)
                .where(LEAVE_REQUEST.LAST_DAY.ge(wideFrom).and(LEAVE_REQUEST.FIRST_DAY.le(wideTo)))
                .fetch(JooqRosterLedger::leave);
        List<SwapRequest> swaps = dsl.selectFrom(SWAP_REQUEST)
                .where(SWAP_REQUEST.REQUESTER_DAY.between(wideFrom, wideTo).or(SWAP_REQUEST.PARTNER_DAY.between(wideFrom, wideTo)))
                .fetch(JooqRosterLedger::swap);
        return build(from.minusDays(1), to.plusDays(1), wideFrom, wideTo, leaves, swaps);
    }

    @Override
    public Optional<RosterFacts> factsAround(UUID requestId) {
        Optional<LeaveRequest> leave = dsl.selectFrom(LEAVE_REQUEST).where(LEAVE_REQUEST.ID.eq(requestId))
                .fetchOptional(JooqRosterLedger::leave);
        if (leave.isPresent()) {
            return Optional.of(facts(leave.get().firstDay(), leave.get().lastDay()));
        }
        return dsl.selectFrom(SWAP_REQUEST).where(SWAP_REQUEST.ID.eq(requestId)).fetchOptional(JooqRosterLedger::swap)
                .map(s -> s.requesterDay().isBefore(s.partnerDay()) ? facts(s.requesterDay(), s.partnerDay())
                        : facts(s.partnerDay(), s.requesterDay()));
    }

    private RosterFacts build(LocalDate from, LocalDate to, LocalDate wideFrom, LocalDate wideTo,
                              List<LeaveRequest> leaves, List<SwapRequest> swaps) {
        // Swapped shifts may lie outside the window: plan the whole span the requests touch.
        List<Assignment> planned = dsl.selectFrom(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.WORK_DAY.between(swaps.isEmpty() ? from : wideFrom, swaps.isEmpty() ? to : wideTo))
                .fetch(r -> new Assignment(r.getStaffId(), r.getWorkDay(), r.getShiftCode(), r.getSeatCode()));
        List<UUID> ids = new ArrayList<>();
        leaves.forEach(l -> ids.add(l.id()));
        swaps.forEach(s -> ids.add(s.id()));
        List<Decision> decisions = ids.isEmpty() ? List.of()
                : dsl.selectFrom(ROSTER_DECISION).where(ROSTER_DECISION.REQUEST_ID.in(ids)).fetch(JooqRosterLedger::decision);
        List<ShiftType> types = dsl.selectFrom(SHIFT_TYPE).fetch(r -> new ShiftType(r.getCode(), r.getNameZh(),
                r.getNameEn(), r.getStartsAt(), r.getEndsAt()));
        List<Staff> staff = dsl.select(STAFF.asterisk(), DESK.REGION).from(STAFF).join(DESK).on(DESK.ID.eq(STAFF.DESK_ID))
                .fetch(r -> new Staff(r.get(STAFF.ID), r.get(STAFF.STAFF_NO), r.get(STAFF.NAME),
                        Role.valueOf(r.get(STAFF.ROLE)), Grade.valueOf(r.get(STAFF.GRADE)), r.get(STAFF.WORK_TYPE),
                        r.get(STAFF.DESK_ID), r.get(DESK.REGION), r.get(STAFF.SEAT_CODE), r.get(STAFF.ACTIVE)));
        Map<String, Squad> squads = new HashMap<>();
        dsl.selectFrom(SQUAD).forEach(r -> squads.put(r.getCode(),
                new Squad(r.getCode(), r.getNameZh(), r.getNameEn(), r.getLeaderId())));
        Map<UUID, Squad> squadOf = new HashMap<>();
        dsl.selectFrom(SQUAD_MEMBER).forEach(r -> squadOf.put(r.getStaffId(), squads.get(r.getSquadCode())));
        List<LocalDate> holidays = dsl.select(PUBLIC_HOLIDAY.HOLIDAY).from(PUBLIC_HOLIDAY)
                .where(PUBLIC_HOLIDAY.HOLIDAY.between(wideFrom, wideTo)).fetch(PUBLIC_HOLIDAY.HOLIDAY);
        return new RosterFacts(zone, types, staff, squadOf, holidays, planned, leaves, swaps, decisions);
    }

    @Override
    public boolean recordExists(UUID id) {
        return dsl.fetchExists(LEAVE_REQUEST, LEAVE_REQUEST.ID.eq(id)) || dsl.fetchExists(SWAP_REQUEST, SWAP_REQUEST.ID.eq(id))
                || dsl.fetchExists(ROSTER_DECISION, ROSTER_DECISION.ID.eq(id)) || dsl.fetchExists(ROSTER_EDIT, ROSTER_EDIT.ID.eq(id));
    }

    @Override
    public boolean shiftTypeExists(String code) {
        return dsl.fetchExists(SHIFT_TYPE, SHIFT_TYPE.CODE.eq(code));
    }

    @Override
    public void insert(RosterEdit edit) {
        dsl.executeInsert(RosterEdits.toRecord(edit, null));
        RosterEdits.plan(dsl, edit);
    }

    @Override
    public Optional<String> regionOf(UUID staffId) {
        return dsl.select(DESK.REGION).from(STAFF).join(DESK).on(DESK.ID.eq(STAFF.DESK_ID)).where(STAFF.ID.eq(staffId))
                .fetchOptional(DESK.REGION);
    }

    @Override
    public void insert(LeaveRequest l) {
        dsl.executeInsert(new LeaveRequestRecord(l.id(), l.staffId(), l.requestedBy(), l.kind().name(), l.firstDay(),
                l.lastDay(), l.certificate(), l.note(), utc(l.requestedAt())));
    }

    @Override
    public void insert(SwapRequest s) {
        dsl.executeInsert(new SwapRequestRecord(s.id(), s.requesterId(), s.partnerId(), s.requesterDay(), s.partnerDay(),
                s.note(), utc(s.requestedAt())));
    }

    @Override
    public void insert(Decision d) {
        dsl.executeInsert(new RosterDecisionRecord(d.id(), d.requestId(), d.requestKind().name(), d.decidedBy(),
                d.verdict().name(), d.note(), utc(d.decidedAt())));
    }

    private static LeaveRequest leave(LeaveRequestRecord r) {
        return new LeaveRequest(r.getId(), r.getStaffId(), r.getRequestedBy(), LeaveKind.valueOf(r.getKind()),
                r.getFirstDay(), r.getLastDay(), r.getCertificate(), r.getNote(), instant(r.getRequestedAt()));
    }

    private static SwapRequest swap(SwapRequestRecord r) {
        return new SwapRequest(r.getId(), r.getRequesterId(), r.getPartnerId(), r.getRequesterDay(), r.getPartnerDay(),
                r.getNote(), instant(r.getRequestedAt()));
    }

    private static Decision decision(RosterDecisionRecord r) {
        return new Decision(r.getId(), r.getRequestId(), RequestKind.valueOf(r.getRequestKind()), r.getDecidedBy(),
                Verdict.valueOf(r.getVerdict()), r.getNote(), instant(r.getDecidedAt()));
    }
}

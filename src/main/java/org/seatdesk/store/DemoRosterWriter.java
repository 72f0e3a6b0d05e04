package org.seatdesk.store;


import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jooq.DSLContext;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.demo.DemoRosterPlan;
import org.seatdesk.store.jooq.tables.records.PublicHolidayRecord;
import org.seatdesk.store.jooq.tables.records.SeatRecord;
import org.seatdesk.store.jooq.tables.records.ShiftAssignmentRecord;
import org.seatdesk.store.jooq.tables.records.SquadMemberRecord;
import org.seatdesk.store.jooq.tables.records.SquadRecord;
import org.seatdesk.store.jooq.tables.records.StaffRecord;
import org.seatdesk.store.jooq.tables.records.WorkTypeRecord;

/// Writes the roster side of the demo centre ({@link DemoRosterPlan}) in the demo seeding's
/// transaction: the same on the hub and on every seat, so requests and decisions that sync refer
/// to people and squads every database has. Existing data: no outbox entries.
final class DemoRosterWriter {

    private DemoRosterWriter() {
    }

    static void write(DSLContext tx, DemoCentre.Data data) {
        // "Now" for the demo's past requests: the real clock, kept within the centre's "today".
        DemoRosterPlan.Plan plan = DemoRosterPlan.of(data, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        JooqRosterLedger ledger = new JooqRosterLedger(tx, java.time.ZoneOffset.UTC);
        plan.workTypes().forEach(w -> tx.executeInsert(new WorkTypeRecord(w.code(), w.nameZh(), w.nameEn())));
        plan.holidays().forEach(h -> tx.executeInsert(new PublicHolidayRecord(h.day(), h.nameZh(), h.nameEn())));
        plan.seats().forEach(s -> tx.executeInsert(new SeatRecord(s.code(), s.deskId(), s.area())));
        plan.extraStaff().forEach(s -> tx.executeInsert(new StaffRecord(s.id(), s.staffNo(), s.name(), s.role().name(),
                s.grade().name(), s.workType(), s.deskId(), s.seatCode(), data.passwordHash(), s.active())));
        plan.squads().forEach(q -> tx.executeInsert(new SquadRecord(q.code(), q.nameZh(), q.nameEn(), q.leaderId())));
        plan.squadOf().forEach((staff, squad) -> tx.executeInsert(new SquadMemberRecord(staff, squad)));
        List<ShiftAssignmentRecord> shifts = plan.extraAssignments().stream()
                .map(a -> new ShiftAssignmentRecord(a.staffId(), a.workDay(), a.shiftCode(), a.seatCode())).toList();
        tx.batchInsert(shifts).execute();
        plan.leaves().forEach(ledger::insert);
        plan.swaps().forEach(ledger::insert);
        plan.decisions().forEach(ledger::insert);
    }
}

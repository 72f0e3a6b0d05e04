package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.DISCIPLINE_RECORD;
import static org.seatdesk.store.jooq.Tables.DUTY_LOG_ENTRY;
import static org.seatdesk.store.jooq.Tables.ESCALATION;
import static org.seatdesk.store.jooq.Tables.ROLL_CALL_MARK;

import org.jooq.DSLContext;
import org.seatdesk.dutylog.DutyLogCategory;
import org.seatdesk.dutylog.DutyLogEntry;
import org.seatdesk.dutylog.Escalation;
import org.seatdesk.rollcall.DisciplineRecord;
import org.seatdesk.rollcall.Mark;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.security.Role;
import org.seatdesk.store.jooq.tables.records.DisciplineRecordRecord;
import org.seatdesk.store.jooq.tables.records.DutyLogEntryRecord;
import org.seatdesk.store.jooq.tables.records.EscalationRecord;
import org.seatdesk.store.jooq.tables.records.RollCallMarkRecord;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.Payloads;

/// The room's append-only records (roll call, discipline, duty log, escalation; V8) as rows:
/// the same tables at the seat and at the hub, each row written at most once.
final class JooqRoomRecords {

    private JooqRoomRecords() {
    }

    /// A pulled change of one of the room's entities; true if it was new here.
    static boolean apply(DSLContext tx, Change change) {
        return switch (change.entity()) {
            case "roll_call_mark" -> insert(tx, Payloads.read(change.payload(), RollCallMark.class));
            case "discipline_record" -> insert(tx, Payloads.read(change.payload(), DisciplineRecord.class));
            case "duty_log_entry" -> insert(tx, Payloads.read(change.payload(), DutyLogEntry.class));
            default -> insert(tx, Payloads.read(change.payload(), Escalation.class));
        };
    }

    static boolean insert(DSLContext tx, RollCallMark m) {
        return tx.insertInto(ROLL_CALL_MARK).set(new RollCallMarkRecord(m.id(), m.shiftDay(), m.shiftCode(), m.staffId(),
                m.staffNo(), m.staffName(), m.seatCode(), m.mark().name(), m.minutesLate(), m.markedBy(), m.markedByName(),
                utc(m.markedAt()))).onDuplicateKeyIgnore().execute() > 0;
    }

    static boolean insert(DSLContext tx, DisciplineRecord d) {
        return tx.insertInto(DISCIPLINE_RECORD).set(new DisciplineRecordRecord(d.id(), d.staffId(), d.staffNo(),
                d.staffName(), d.kind().name(), d.shiftDay(), d.shiftCode(), d.minutes(), d.recordedBy(),
                utc(d.recordedAt()))).onDuplicateKeyIgnore().execute() > 0;
    }

    static boolean insert(DSLContext tx, DutyLogEntry e) {
        return tx.insertInto(DUTY_LOG_ENTRY).set(new DutyLogEntryRecord(e.id(), e.shiftDay(), e.shiftCode(),
                e.category().name(), e.text(), e.authorId(), e.authorName(), utc(e.writtenAt())))
                .onDuplicateKeyIgnore().execute() > 0;
    }

    static boolean insert(DSLContext tx, Escalation e) {
        return tx.insertInto(ESCALATION).set(new EscalationRecord(e.id(), e.shiftDay(), e.shiftCode(), e.raisedBy(),
                e.raisedByName(), e.fromRole().name(), e.toRole().name(), e.emergency(), e.informs(), e.subject(),
                utc(e.raisedAt()))).onDuplicateKeyIgnore().execute() > 0;
    }

    static RollCallMark mark(RollCallMarkRecord r) {
        return new RollCallMark(r.getId(), r.getShiftDay(), r.getShiftCode(), r.getStaffId(), r.getStaffNo(),
                r.getStaffName(), r.getSeatCode(), Mark.valueOf(r.getMark()), r.getMinutesLate(), r.getMarkedBy(),
                r.getMarkedByName(), instant(r.getMarkedAt()));
    }

    static DisciplineRecord discipline(DisciplineRecordRecord r) {
        return new DisciplineRecord(r.getId(), r.getStaffId(), r.getStaffNo(), r.getStaffName(),
                DisciplineRecord.Kind.valueOf(r.getKind()), r.getShiftDay(), r.getShiftCode(), r.getMinutes(),
                r.getRecordedBy(), instant(r.getRecordedAt()));
    }

    static DutyLogEntry entry(DutyLogEntryRecord r) {
        return new DutyLogEntry(r.getId(), r.getShiftDay(), r.getShiftCode(), DutyLogCategory.valueOf(r.getCategory()),
                r.getText(), r.getAuthorId(), r.getAuthorName(), instant(r.getWrittenAt()));
    }

    static Escalation escalation(EscalationRecord r) {
        return new Escalation(r.getId(), r.getShiftDay(), r.getShiftCode(), r.getRaisedBy(), r.getRaisedByName(),
                Role.valueOf(r.getFromRole()), Role.valueOf(r.getToRole()), r.getEmergency(), r.getInforms(),
                r.getSubject(), instant(r.getRaisedAt()));
    }
}

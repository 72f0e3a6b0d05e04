package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.DISCIPLINE_RECORD;
import static org.seatdesk.store.jooq.Tables.DUTY_LOG_ENTRY;
import static org.seatdesk.store.jooq.Tables.ESCALATION;
import static org.seatdesk.store.jooq.Tables.ROLL_CALL_MARK;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.dutylog.DutyLogEntry;
import org.seatdesk.dutylog.Escalation;
import org.seatdesk.hub.RoomLedger;
import org.seatdesk.rollcall.DisciplineRecord;
import org.seatdesk.rollcall.RollCallMark;

/// The hub's side of the room's records, inside its push transaction.
final class JooqRoomLedger implements RoomLedger {

    private final DSLContext tx;

    JooqRoomLedger(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public boolean exists(UUID id) {
        return tx.fetchExists(ROLL_CALL_MARK, ROLL_CALL_MARK.ID.eq(id))
                || tx.fetchExists(DISCIPLINE_RECORD, DISCIPLINE_RECORD.ID.eq(id))
                || tx.fetchExists(DUTY_LOG_ENTRY, DUTY_LOG_ENTRY.ID.eq(id))
                || tx.fetchExists(ESCALATION, ESCALATION.ID.eq(id));
    }

    @Override
    public void add(RollCallMark mark) {
        JooqRoomRecords.insert(tx, mark);
    }

    @Override
    public void add(DisciplineRecord record) {
        JooqRoomRecords.insert(tx, record);
    }

    @Override
    public void add(DutyLogEntry entry) {
        JooqRoomRecords.insert(tx, entry);
    }

    @Override
    public void add(Escalation escalation) {
        JooqRoomRecords.insert(tx, escalation);
    }

    @Override
    public Optional<Escalation> escalation(UUID id) {
        return tx.selectFrom(ESCALATION).where(ESCALATION.ID.eq(id)).fetchOptional(JooqRoomRecords::escalation);
    }
}

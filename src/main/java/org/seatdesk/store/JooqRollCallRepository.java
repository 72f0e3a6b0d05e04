package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.DISCIPLINE_RECORD;
import static org.seatdesk.store.jooq.Tables.ROLL_CALL_MARK;
import static org.seatdesk.store.jooq.Tables.SHIFT_TYPE;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.seatdesk.rollcall.DisciplineRecord;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.rollcall.RollCallRepository;
import org.seatdesk.roster.ShiftType;
import org.seatdesk.sync.OutboxOperation;

public final class JooqRollCallRepository implements RollCallRepository {

    private final DSLContext dsl;

    public JooqRollCallRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public List<ShiftType> shiftTypes() {
        return dsl.selectFrom(SHIFT_TYPE).orderBy(SHIFT_TYPE.STARTS_AT).fetch(r -> new ShiftType(r.getCode(),
                r.getNameZh(), r.getNameEn(), r.getStartsAt(), r.getEndsAt()));
    }

    @Override
    public List<RollCallMark> marks(LocalDate day, String shiftCode) {
        return dsl.selectFrom(ROLL_CALL_MARK)
                .where(ROLL_CALL_MARK.SHIFT_DAY.eq(day).and(ROLL_CALL_MARK.SHIFT_CODE.eq(shiftCode)))
                .orderBy(ROLL_CALL_MARK.MARKED_AT, ROLL_CALL_MARK.ID)
                .fetch(JooqRoomRecords::mark);
    }

    @Override
    public void save(List<RollCallMark> marks, DisciplineRecord discipline, List<OutboxOperation> operations) {
        dsl.transaction(cfg -> {
            marks.forEach(mark -> JooqRoomRecords.insert(cfg.dsl(), mark));
            if (discipline != null) {
                JooqRoomRecords.insert(cfg.dsl(), discipline);
            }
            operations.forEach(op -> OutboxWriter.append(cfg.dsl(), op));
        });
    }

    @Override
    public void save(DisciplineRecord discipline, OutboxOperation operation) {
        dsl.transaction(cfg -> {
            JooqRoomRecords.insert(cfg.dsl(), discipline);
            OutboxWriter.append(cfg.dsl(), operation);
        });
    }

    @Override
    public List<DisciplineRecord> discipline(LocalDate day, String shiftCode) {
        return dsl.selectFrom(DISCIPLINE_RECORD)
                .where(DISCIPLINE_RECORD.SHIFT_DAY.eq(day).and(DISCIPLINE_RECORD.SHIFT_CODE.eq(shiftCode)))
                .orderBy(DISCIPLINE_RECORD.RECORDED_AT)
                .fetch(JooqRoomRecords::discipline);
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.DUTY_LOG_ENTRY;
import static org.seatdesk.store.jooq.Tables.ESCALATION;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.seatdesk.dutylog.DutyLogEntry;
import org.seatdesk.dutylog.DutyLogRepository;
import org.seatdesk.dutylog.Escalation;
import org.seatdesk.sync.OutboxOperation;

public final class JooqDutyLogRepository implements DutyLogRepository {

    private final DSLContext dsl;

    public JooqDutyLogRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public void save(DutyLogEntry entry, OutboxOperation operation) {
        dsl.transaction(cfg -> {
            JooqRoomRecords.insert(cfg.dsl(), entry);
            OutboxWriter.append(cfg.dsl(), operation);
        });
    }

    @Override
    public void save(Escalation escalation, OutboxOperation operation) {
        dsl.transaction(cfg -> {
            JooqRoomRecords.insert(cfg.dsl(), escalation);
            OutboxWriter.append(cfg.dsl(), operation);
        });
    }

    @Override
    public List<DutyLogEntry> entries(LocalDate day, String shiftCode) {
        return dsl.selectFrom(DUTY_LOG_ENTRY)
                .where(DUTY_LOG_ENTRY.SHIFT_DAY.eq(day).and(DUTY_LOG_ENTRY.SHIFT_CODE.eq(shiftCode)))
                .orderBy(DUTY_LOG_ENTRY.WRITTEN_AT, DUTY_LOG_ENTRY.ID)
                .fetch(JooqRoomRecords::entry);
    }

    @Override
    public List<Escalation> escalations(LocalDate day, String shiftCode) {
        return dsl.selectFrom(ESCALATION)
                .where(ESCALATION.SHIFT_DAY.eq(day).and(ESCALATION.SHIFT_CODE.eq(shiftCode)))
                .orderBy(ESCALATION.RAISED_AT, ESCALATION.ID)
                .fetch(JooqRoomRecords::escalation);
    }
}

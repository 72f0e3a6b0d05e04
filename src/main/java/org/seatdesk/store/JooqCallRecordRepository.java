package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.CALL_RECORD;

import java.time.Instant;

import org.jooq.DSLContext;
import org.seatdesk.store.jooq.tables.records.CallRecordRecord;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.CallRecordRepository;

public final class JooqCallRecordRepository implements CallRecordRepository {

    private final DSLContext dsl;

    public JooqCallRecordRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public void record(CallRecord record, OutboxOperation operation) {
        dsl.transaction(cfg -> {
            cfg.dsl().executeInsert(new CallRecordRecord(record.id(), record.category().name(), record.note(),
                    record.staffId(), record.seatCode(), Times.utc(record.at())));
            OutboxWriter.append(cfg.dsl(), operation);
        });
    }

    @Override
    public int countSince(Instant from) {
        return dsl.fetchCount(CALL_RECORD, CALL_RECORD.AT.ge(Times.utc(from)));
    }
}

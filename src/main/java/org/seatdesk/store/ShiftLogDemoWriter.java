package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.HANDOVER_ENTRY;
import static org.seatdesk.store.jooq.Tables.NOTICE;

import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.seatdesk.demo.DemoShiftLog;

/// Puts the demo handover log and notices into the embedded default, in one transaction, while
/// both tables are empty (a later start keeps what the demo users wrote). Existing centre data,
/// not local changes: no outbox entries.
public final class ShiftLogDemoWriter {

    private final DSLContext dsl;

    public ShiftLogDemoWriter(Database database) {
        this.dsl = database.dsl();
    }

    /// @return true if it wrote the demo data
    public boolean seedIfEmpty(Supplier<DemoShiftLog.Data> data) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(HANDOVER_ENTRY) || tx.fetchExists(NOTICE)) {
                return false;
            }
            DemoShiftLog.Data d = data.get();
            d.entries().forEach(e -> tx.executeInsert(ShiftLogRecords.toRecord(e)));
            d.acks().forEach(a -> tx.executeInsert(ShiftLogRecords.toRecord(a)));
            d.notices().forEach(n -> tx.executeInsert(ShiftLogRecords.toRecord(n)));
            d.receipts().forEach(r -> tx.executeInsert(ShiftLogRecords.toRecord(r)));
            return true;
        });
    }
}

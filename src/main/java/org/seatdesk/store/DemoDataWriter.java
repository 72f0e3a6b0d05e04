package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.STAFF;

import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.store.jooq.tables.records.DeskRecord;
import org.seatdesk.store.jooq.tables.records.FieldInspectorRecord;
import org.seatdesk.store.jooq.tables.records.ShiftAssignmentRecord;
import org.seatdesk.store.jooq.tables.records.ShiftTypeRecord;
import org.seatdesk.store.jooq.tables.records.StaffRecord;
import org.seatdesk.store.jooq.tables.records.TicketCounterRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Puts the demo centre into the embedded default on its first start. All or nothing, in one
/// transaction, and only while the staff table is empty: a second start keeps what is there,
/// including everything the demo users changed.
///
/// The tickets are the centre's existing data, not local changes, so they get no outbox entry.
/// The per-seat counters are raised to the highest demo number of each seat and day, so a ticket
/// registered afterwards continues the sequence instead of colliding with a demo number.
public final class DemoDataWriter {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataWriter.class);

    private final DSLContext dsl;

    public DemoDataWriter(Database database) {
        this.dsl = database.dsl();
    }

    /// Generates (only when needed: hashing the demo password costs ~50 ms) and writes the centre.
    /// @return true if it wrote the centre, false if the database already had staff
    public boolean seedIfEmpty(Supplier<DemoCentre.Data> centre) {
        long started = System.nanoTime();
        boolean seeded = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(STAFF)) {
                return false;
            }
            write(tx, centre.get());
            return true;
        });
        if (seeded) {
            LOG.info("Seeded the demo centre in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        return seeded;
    }

    public boolean seedIfEmpty(DemoCentre.Data centre) {
        return seedIfEmpty(() -> centre);
    }

    // Parents before children: staff need desks, assignments need staff and shift types, events need tickets.
    private static void write(DSLContext tx, DemoCentre.Data data) {
        BatchInsert.insert(tx, data.desks(), d -> new DeskRecord(d.id(), d.tier().name(), d.region(), d.nameZh(), d.nameEn()));
        BatchInsert.insert(tx, data.staff(), s -> new StaffRecord(s.id(), s.staffNo(), s.name(), s.role().name(), s.grade().name(),
                s.workType(), s.deskId(), s.seatCode(), data.passwordHash(), s.active()));
        BatchInsert.insert(tx, data.shiftTypes(), t -> new ShiftTypeRecord(t.code(), t.nameZh(), t.nameEn(), t.startsAt(), t.endsAt()));
        BatchInsert.insert(tx, data.assignments(), a -> new ShiftAssignmentRecord(a.staffId(), a.workDay(), a.shiftCode(), a.seatCode()));
        BatchInsert.insert(tx, data.inspectors(), i -> new FieldInspectorRecord(i.id(), i.name(), i.phone(), i.region(), i.area()));
        BatchInsert.insert(tx, data.tickets(), JooqTicketRepository::toRecord);
        BatchInsert.insert(tx, data.events(), JooqTicketRepository::toRecord);
        BatchInsert.insert(tx, data.counters(), c -> new TicketCounterRecord(c.seatCode(), c.day(), c.lastValue()));
        DemoRosterWriter.write(tx, data);
    }
}

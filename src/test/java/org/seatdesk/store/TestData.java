package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.CALL_RECORD;
import static org.seatdesk.store.jooq.Tables.DESK;
import static org.seatdesk.store.jooq.Tables.OUTBOX;
import static org.seatdesk.store.jooq.Tables.SHIFT_ASSIGNMENT;
import static org.seatdesk.store.jooq.Tables.SHIFT_TYPE;
import static org.seatdesk.store.jooq.Tables.STAFF;
import static org.seatdesk.store.jooq.Tables.SYNC_CONFLICT;
import static org.seatdesk.store.jooq.Tables.SYNC_STATE;
import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_COUNTER;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Table;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.ticket.TicketEvent;

/// Writes and reads rows that the production API has no call for yet (staff, shifts, raw counts),
/// so tests outside this package can set up a real H2 file. `Database.dsl()` is package-private.
public final class TestData {

    private TestData() {
    }

    public static void insertDesk(Database db, String id, String region) {
        db.dsl().insertInto(DESK).set(DESK.ID, id).set(DESK.TIER, "HQ").set(DESK.REGION, region)
                .set(DESK.NAME_ZH, "总部客服").set(DESK.NAME_EN, "HQ customer service").execute();
    }

    /// Inserts a member of staff at `deskId` and returns their id.
    public static UUID insertStaff(Database db, String staffNo, String name, String deskId, String seatCode,
                                   String passwordHash, boolean active) {
        UUID id = UUID.randomUUID();
        db.dsl().insertInto(STAFF)
                .set(STAFF.ID, id).set(STAFF.STAFF_NO, staffNo).set(STAFF.NAME, name)
                .set(STAFF.ROLE, Role.AGENT.name()).set(STAFF.GRADE, Grade.JUNIOR.name())
                .set(STAFF.WORK_TYPE, "PHONE").set(STAFF.DESK_ID, deskId).set(STAFF.SEAT_CODE, seatCode)
                .set(STAFF.PASSWORD_HASH, passwordHash).set(STAFF.ACTIVE, active)
                .execute();
        return id;
    }

    /// Inserts `person` as given (role, grade, work type, seat), at a desk that exists already.
    public static void insertStaff(Database db, Staff person) {
        db.dsl().insertInto(STAFF)
                .set(STAFF.ID, person.id()).set(STAFF.STAFF_NO, person.staffNo()).set(STAFF.NAME, person.name())
                .set(STAFF.ROLE, person.role().name()).set(STAFF.GRADE, person.grade().name())
                .set(STAFF.WORK_TYPE, person.workType()).set(STAFF.DESK_ID, person.deskId())
                .set(STAFF.SEAT_CODE, person.seatCode()).set(STAFF.PASSWORD_HASH, "x").set(STAFF.ACTIVE, person.active())
                .execute();
    }

    public static void insertShiftType(Database db, String code, LocalTime startsAt, LocalTime endsAt) {
        db.dsl().insertInto(SHIFT_TYPE).set(SHIFT_TYPE.CODE, code).set(SHIFT_TYPE.NAME_ZH, code)
                .set(SHIFT_TYPE.NAME_EN, code).set(SHIFT_TYPE.STARTS_AT, startsAt).set(SHIFT_TYPE.ENDS_AT, endsAt)
                .execute();
    }

    public static void assignShift(Database db, UUID staffId, LocalDate workDay, String shiftCode) {
        assignShift(db, staffId, workDay, shiftCode, null);
    }

    /// A planned shift at a seat (`seatCode` null: no fixed seat).
    public static void assignShift(Database db, UUID staffId, LocalDate workDay, String shiftCode, String seatCode) {
        db.dsl().insertInto(SHIFT_ASSIGNMENT).set(SHIFT_ASSIGNMENT.STAFF_ID, staffId)
                .set(SHIFT_ASSIGNMENT.WORK_DAY, workDay).set(SHIFT_ASSIGNMENT.SHIFT_CODE, shiftCode)
                .set(SHIFT_ASSIGNMENT.SEAT_CODE, seatCode).execute();
    }

    public static int count(Database db, Table<?> table) {
        return db.dsl().fetchCount(table);
    }

    public static Optional<Integer> counter(Database db, String seatCode, LocalDate day) {
        return db.dsl().select(TICKET_COUNTER.LAST_VALUE).from(TICKET_COUNTER)
                .where(TICKET_COUNTER.SEAT_CODE.eq(seatCode).and(TICKET_COUNTER.DAY.eq(day)))
                .fetchOptional(TICKET_COUNTER.LAST_VALUE);
    }

    /// All pending outbox operations, oldest first.
    public static List<OutboxOperation> outbox(Database db) {
        return new JooqOutboxRepository(db).oldest(Integer.MAX_VALUE);
    }

    public static List<OutboxOperation> outboxFor(Database db, UUID entityId) {
        return outbox(db).stream().filter(op -> op.entityId().equals(entityId)).toList();
    }

    public static int outboxRows(Database db) {
        return db.dsl().fetchCount(OUTBOX);
    }

    /// Appends a history event directly, as a later slice (dispatch, callback) would.
    public static void appendEvent(Database db, UUID ticketId, Instant at, TicketEvent.Kind kind, String detail) {
        db.dsl().executeInsert(JooqTicketRepository.toRecord(
                new TicketEvent(UUID.randomUUID(), ticketId, at, UUID.randomUUID(), "张敏", kind, detail)));
    }

    public static int eventCount(Database db, UUID ticketId) {
        return db.dsl().fetchCount(TICKET_EVENT, TICKET_EVENT.TICKET_ID.eq(ticketId));
    }

    /// Queues an operation as a later slice (ticket edits) would, in its own transaction.
    public static void appendOutbox(Database db, OutboxOperation op) {
        db.dsl().transaction(cfg -> OutboxWriter.append(cfg.dsl(), op));
    }

    /// Queues many operations in one transaction (fast set-up of a long outbox).
    public static void appendOutbox(Database db, List<OutboxOperation> ops) {
        db.dsl().transaction(cfg -> ops.forEach(op -> OutboxWriter.append(cfg.dsl(), op)));
    }

    /// Forgets everything the change feed brings, and the cursor: a seat that never pulled.
    public static void wipeSynced(Database db) {
        db.dsl().transaction(cfg -> {
            cfg.dsl().deleteFrom(TICKET_EVENT).execute();
            cfg.dsl().deleteFrom(TICKET).execute();
            cfg.dsl().deleteFrom(CALL_RECORD).execute();
            cfg.dsl().deleteFrom(SYNC_STATE).execute();
        });
    }

    /// Every synced row and the cursor as text, in a stable order: equal texts, equal states.
    public static String syncedState(Database db) {
        StringBuilder out = new StringBuilder();
        db.dsl().selectFrom(TICKET).orderBy(TICKET.ID).fetch(JooqTicketRepository::toTicket)
                .forEach(t -> out.append(t).append('\n'));
        db.dsl().selectFrom(TICKET_EVENT).orderBy(TICKET_EVENT.ID).fetch().forEach(r -> out.append(r.intoList()).append('\n'));
        db.dsl().selectFrom(CALL_RECORD).orderBy(CALL_RECORD.ID).fetch().forEach(r -> out.append(r.intoList()).append('\n'));
        out.append("cursor=").append(new JooqSyncRepository(db).cursor());
        return out.toString();
    }

    /// The stored conflicts' field lists, for assertions on what a person will see.
    public static String conflictText(Database db) {
        return String.join("\n", db.dsl().select(SYNC_CONFLICT.CONFLICTS).from(SYNC_CONFLICT).fetch(SYNC_CONFLICT.CONFLICTS));
    }

    public static String rejectedText(Database db) {
        return db.dsl().select(org.seatdesk.store.jooq.Tables.SYNC_REJECTED.MESSAGE).from(org.seatdesk.store.jooq.Tables.SYNC_REJECTED)
                .fetch(org.seatdesk.store.jooq.Tables.SYNC_REJECTED.MESSAGE).toString();
    }

    /// Makes every hub session end at `at` (a past instant: every token expired), as time would.
    public static int expireSessions(Database db, Instant at) {
        return db.dsl().update(org.seatdesk.store.jooq.Tables.HUB_SESSION)
                .set(org.seatdesk.store.jooq.Tables.HUB_SESSION.EXPIRES_AT, Times.utc(at)).execute();
    }

    /// A history entry and its APPEND operation in one transaction, as a later slice would write it.
    public static void recordEvent(Database db, TicketEvent event) {
        db.dsl().transaction(cfg -> {
            cfg.dsl().executeInsert(JooqTicketRepository.toRecord(event));
            OutboxWriter.append(cfg.dsl(), new OutboxOperation(UUID.randomUUID(), "ticket_event", event.id(),
                    OutboxOperation.Kind.APPEND, 0, org.seatdesk.sync.Payloads.json(event), event.at()));
        });
    }

    /// The op ids waiting in the conflict table for a person.
    public static List<UUID> conflictOpIds(Database db) {
        return db.dsl().select(SYNC_CONFLICT.OP_ID).from(SYNC_CONFLICT).fetch(SYNC_CONFLICT.OP_ID);
    }

    public static int rejectedRows(Database db) {
        return db.dsl().fetchCount(org.seatdesk.store.jooq.Tables.SYNC_REJECTED);
    }

    /// Writes the history row a newer SeatDesk's migration would have left.
    public static void markMigrated(java.nio.file.Path dir, String name, int version) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(Database.url(dir, name), "sa", "");
             var insert = c.prepareStatement("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                     + "\"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                     + "values (?, ?, 'newer', 'SQL', ?, 'sa', 0, true)")) {
            insert.setInt(1, 1000 + version);
            insert.setString(2, Integer.toString(version));
            insert.setString(3, "V" + version + "__newer.sql");
            insert.executeUpdate();
        }
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.CALL_RECORD;
import static org.seatdesk.store.jooq.Tables.DESK;
import static org.seatdesk.store.jooq.Tables.SETTING;
import static org.seatdesk.store.jooq.Tables.STAFF;
import static org.seatdesk.store.jooq.Tables.OUTBOX;
import static org.seatdesk.store.jooq.Tables.SYNC_CONFLICT;
import static org.seatdesk.store.jooq.Tables.SYNC_REJECTED;
import static org.seatdesk.store.jooq.Tables.SYNC_STATE;
import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jooq.DSLContext;
import org.seatdesk.security.Staff;
import org.seatdesk.store.jooq.tables.records.CallRecordRecord;
import org.seatdesk.store.jooq.tables.records.DeskRecord;
import org.seatdesk.store.jooq.tables.records.StaffRecord;
import org.seatdesk.sync.Directory;
import org.seatdesk.sync.AppliedChanges;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.HubWire.PushResult;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncStore;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The seat's sync state in its local H2 database: outbox answers, pulled pages, the cursor.
public final class JooqSyncRepository implements SyncStore {

    private static final Logger LOG = LoggerFactory.getLogger(JooqSyncRepository.class);
    private static final short STATE_ROW = 1;
    /// Not an Argon2 hash, so no password matches it (PasswordHasher.matches answers false).
    private static final String NO_LOCAL_PASSWORD = "!no-local-password";

    private final DSLContext dsl;
    private final AppliedChanges applied;

    public JooqSyncRepository(Database database) {
        this(database, AppliedChanges.NONE);
    }

    public JooqSyncRepository(Database database, AppliedChanges applied) {
        this.dsl = database.dsl();
        this.applied = applied;
    }

    @Override
    public List<OutboxOperation> oldestPending(int limit) {
        return new JooqOutboxRepository(dsl).oldest(limit);
    }

    @Override
    public void settle(List<Answered> answered, Instant at) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (Answered a : answered) {
                OutboxOperation op = a.op();
                PushResult r = a.result();
                switch (r.status()) {
                    case PushResult.CONFLICT -> tx.insertInto(SYNC_CONFLICT)
                            .set(SYNC_CONFLICT.OP_ID, op.opId())
                            .set(SYNC_CONFLICT.ENTITY, op.entity())
                            .set(SYNC_CONFLICT.ENTITY_ID, op.entityId())
                            .set(SYNC_CONFLICT.OP_KIND, op.kind().name())
                            .set(SYNC_CONFLICT.BASE_VERSION, op.baseVersion())
                            .set(SYNC_CONFLICT.PAYLOAD, op.payload())
                            .set(SYNC_CONFLICT.CONFLICTS, Payloads.json(r.conflicts() == null ? List.of() : r.conflicts()))
                            .set(SYNC_CONFLICT.DETECTED_AT, utc(at))
                            .onDuplicateKeyIgnore()
                            .execute();
                    case PushResult.REJECTED -> {
                        notice(tx, op, r.reason() == null ? "unspecified" : r.reason(), r.message(), at);
                        if ("roster_edit".equals(op.entity())) {
                            RosterEdits.withdrawRefused(tx, op.entityId());
                        }
                    }
                    default -> { // accepted, duplicate: the hub has it
                        if (r.renumberedFrom() != null && r.number() != null && "ticket".equals(op.entity())) {
                            LocalRenumbering.apply(tx, op.entityId(), truncate(r.number(), 32));
                            notice(tx, op, org.seatdesk.sync.HubRefusal.RENUMBERED, r.renumberedFrom() + " → " + r.number(), at);
                        }
                    }
                }
            }
            tx.deleteFrom(OUTBOX).where(OUTBOX.OP_ID.in(answered.stream().map(a -> a.op().opId()).toList())).execute();
        });
    }

    /// A hub answer a person at this seat must read: kept with the op (what they typed) until read.
    private static void notice(DSLContext tx, OutboxOperation op, String reason, String message, Instant at) {
        tx.insertInto(SYNC_REJECTED)
                .set(SYNC_REJECTED.OP_ID, op.opId())
                .set(SYNC_REJECTED.ENTITY, op.entity())
                .set(SYNC_REJECTED.ENTITY_ID, op.entityId())
                .set(SYNC_REJECTED.OP_KIND, op.kind().name())
                .set(SYNC_REJECTED.BASE_VERSION, op.baseVersion())
                .set(SYNC_REJECTED.PAYLOAD, op.payload())
                .set(SYNC_REJECTED.REASON, truncate(reason, 64))
                .set(SYNC_REJECTED.MESSAGE, message == null ? null : truncate(message, 1000))
                .set(SYNC_REJECTED.REJECTED_AT, utc(at))
                .onDuplicateKeyIgnore()
                .execute();
    }

    @Override
    public long cursor() {
        return cursor(dsl);
    }

    private static long cursor(DSLContext tx) {
        Long cursor = tx.select(SYNC_STATE.PULL_CURSOR).from(SYNC_STATE).where(SYNC_STATE.ID.eq(STATE_ROW))
                .fetchOne(SYNC_STATE.PULL_CURSOR);
        return cursor == null ? 0 : cursor;
    }

    @Override
    public int applyPage(List<Change> changes, long last) {
        List<Change> altered = new ArrayList<>();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            altered.clear(); // a retried transaction starts over
            PulledRows known = PulledRows.read(tx, changes);
            for (Change change : changes) {
                if (applyReadable(tx, change, known)) {
                    altered.add(change);
                }
            }
            moveCursor(tx, last);
        });
        if (!altered.isEmpty()) {
            applied.committed(List.copyOf(altered));
        }
        return altered.size();
    }

    /// A change whose payload this seat cannot read as its record (an instant outside
    /// InstantRange, which H2 would store and then not give back; a malformed record) is skipped
    /// with an error in the log, so that one such row does not hold back every change after it
    /// (issue "The console on a real desk"). Each apply reads its payload before it writes, so
    /// nothing of a skipped change is left. A failure of the database itself (a constraint this
    /// seat's schema has, its disk) still fails the whole page, which is pulled again: that may be
    /// this seat's fault, and skipping would lose the row here for good.
    private static boolean applyReadable(DSLContext tx, Change change, PulledRows known) {
        try {
            return apply(tx, change, known);
        } catch (IllegalArgumentException unreadable) {
            LOG.error("Change {} ({} {}) cannot be read at this seat and is skipped: {}", change.seq(), change.entity(),
                    change.entityId(), unreadable.getMessage());
            return false;
        }
    }

    private static void moveCursor(DSLContext tx, long last) {
        if (last > cursor(tx)) {
            tx.insertInto(SYNC_STATE)
                    .set(SYNC_STATE.ID, STATE_ROW).set(SYNC_STATE.PULL_CURSOR, last).set(SYNC_STATE.CLOCK_OFFSET_MS, 0L)
                    .onDuplicateKeyUpdate().set(SYNC_STATE.PULL_CURSOR, last)
                    .execute();
        }
    }

    /// Applies one change if it is new here; true if a row was written.
    private static boolean apply(DSLContext tx, Change change, PulledRows known) {
        return switch (change.entity()) {
            case "ticket" -> applyTicket(tx, change, known);
            case "ticket_event" -> applyEvent(tx, change, known);
            case "call_record" -> applyCallRecord(tx, change);
            case "leave_request", "swap_request", "roster_decision" -> JooqRosterRecords.applyPulled(tx, change.entity(), change.payload());
            case "roster_edit" -> RosterEdits.applyPulled(tx, change.seq(), change.payload());
            case "handover_entry", "handover_ack", "notice", "notice_receipt" -> ShiftLogApply.apply(tx, change);
            case "kb_article" -> JooqArticleRepository.applyChange(tx, change);
            case "kb_step", "kb_revision", "kb_material", "kb_material_chunk", "kb_category" -> EditorialTables.apply(tx, change.entity(), change.entityId(), change.payload().toString());
            case "roll_call_mark", "discipline_record", "duty_log_entry", "escalation" -> JooqRoomRecords.apply(tx, change);
            default -> {
                LOG.debug("Skipping change {} of an entity this seat does not keep: {}", change.seq(), change.entity());
                yield false;
            }
        };
    }

    /// Upserts by id, honouring the version: a row already at this version or newer (this seat's
    /// own ticket coming back, or a change delivered twice) is left alone.
    private static boolean applyTicket(DSLContext tx, Change change, PulledRows known) {
        Integer local = known.knowsTicket(change.entityId()) ? known.version(change.entityId())
                : tx.select(TICKET.VERSION).from(TICKET).where(TICKET.ID.eq(change.entityId())).fetchOne(TICKET.VERSION);
        int version = change.version();
        if (local != null && local >= version) {
            return false;
        }
        JsonNode payload = change.payload();
        if (payload.has("ticket") && payload.get("ticket").isObject()) {
            payload = payload.get("ticket"); // an UPDATE: {"changes": {…}, "ticket": {…the whole ticket after…}}
        }
        Ticket ticket;
        if (payload.has("changes") && !payload.has("number")) {
            // A field-level update: laid over the row this seat has.
            if (local == null) {
                LOG.warn("Change {} updates ticket {}, which this seat does not have; skipped", change.seq(), change.entityId());
                return false;
            }
            ObjectNode merged = (ObjectNode) Payloads.tree(Payloads.json(
                    JooqTicketRepository.toTicket(tx.selectFrom(TICKET).where(TICKET.ID.eq(change.entityId())).fetchSingle())));
            for (Iterator<Map.Entry<String, JsonNode>> it = payload.get("changes").properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                merged.set(field.getKey(), field.getValue());
            }
            merged.set("version", IntNode.valueOf(version));
            ticket = Payloads.read(merged, Ticket.class);
        } else {
            ObjectNode full = payload.deepCopy();
            full.set("id", com.fasterxml.jackson.databind.node.TextNode.valueOf(change.entityId().toString()));
            full.set("version", IntNode.valueOf(version));
            ticket = Payloads.read(full, Ticket.class);
        }
        if (local == null) {
            tx.executeInsert(JooqTicketRepository.toRecord(ticket));
            TicketCounters.raiseFor(tx, ticket.number()); // a number made elsewhere is never made again here
        } else {
            tx.executeUpdate(JooqTicketRepository.toRecord(ticket));
        }
        known.ticketWritten(ticket.id(), ticket.version());
        return true;
    }

    private static boolean applyEvent(DSLContext tx, Change change, PulledRows known) {
        TicketEvent event = Payloads.read(change.payload(), TicketEvent.class);
        if (known.knowsEvent(event.id()) ? known.hasEvent(event.id()) : tx.fetchExists(TICKET_EVENT, TICKET_EVENT.ID.eq(event.id()))) {
            return false;
        }
        if (known.knowsTicket(event.ticketId()) ? known.version(event.ticketId()) == null
                : !tx.fetchExists(TICKET, TICKET.ID.eq(event.ticketId()))) {
            // The feed orders a ticket before its events; a filtered feed may still show an event alone.
            LOG.warn("Change {} is an event of ticket {}, which this seat does not have; skipped", change.seq(), event.ticketId());
            return false;
        }
        tx.executeInsert(JooqTicketRepository.toRecord(event));
        known.eventWritten(event.id());
        return true;
    }

    private static boolean applyCallRecord(DSLContext tx, Change change) {
        CallRecord call = Payloads.read(change.payload(), CallRecord.class);
        if (tx.fetchExists(CALL_RECORD, CALL_RECORD.ID.eq(call.id()))) {
            return false;
        }
        tx.executeInsert(new CallRecordRecord(call.id(), call.category().name(), call.note(), call.staffId(),
                call.seatCode(), utc(call.at())));
        return true;
    }

    @Override
    public void applyDirectory(Directory directory, String staffNo, String passwordHash) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (Directory.Desk d : directory.desks()) {
                DeskRecord desk = new DeskRecord(d.id(), d.tier(), d.region(), d.nameZh(), d.nameEn());
                if (tx.fetchExists(DESK, DESK.ID.eq(d.id()))) {
                    tx.executeUpdate(desk);
                } else {
                    tx.executeInsert(desk);
                }
            }
            for (Staff s : directory.staff()) {
                String hash = s.staffNo().equals(staffNo) && passwordHash != null ? passwordHash : null;
                boolean known = tx.fetchExists(STAFF, STAFF.ID.eq(s.id()));
                if (!known) {
                    if (tx.fetchExists(STAFF, STAFF.STAFF_NO.eq(s.staffNo()))) {
                        LOG.warn("Staff number {} belongs to another person here than at the hub; kept as it is", s.staffNo());
                        continue;
                    }
                    tx.executeInsert(new StaffRecord(s.id(), s.staffNo(), s.name(), s.role().name(), s.grade().name(),
                            s.workType(), s.deskId(), s.seatCode(), hash != null ? hash : NO_LOCAL_PASSWORD, s.active()));
                } else {
                    var update = tx.update(STAFF).set(STAFF.STAFF_NO, s.staffNo()).set(STAFF.NAME, s.name())
                            .set(STAFF.ROLE, s.role().name()).set(STAFF.GRADE, s.grade().name())
                            .set(STAFF.WORK_TYPE, s.workType()).set(STAFF.DESK_ID, s.deskId())
                            .set(STAFF.SEAT_CODE, s.seatCode()).set(STAFF.ACTIVE, s.active());
                    (hash != null ? update.set(STAFF.PASSWORD_HASH, hash) : update).where(STAFF.ID.eq(s.id())).execute();
                }
            }
            directory.settings().forEach((name, value) -> {
                if (!Directory.isLocalSetting(name)) {
                    tx.insertInto(SETTING).set(SETTING.NAME, name).set(SETTING.VAL, value)
                            .onDuplicateKeyUpdate().set(SETTING.VAL, value).execute();
                }
            });
            directory.counters().forEach(c -> TicketCounters.raise(tx, c.seatCode(), c.day(), c.lastValue()));
            if (directory.roster() != null) {
                DirectoryRoster.apply(tx, directory.roster());
            }
        });
    }

    @Override
    public java.util.UUID adoptCentre(java.util.UUID hubCentre, Instant at) {
        return new JooqCentreIdentity(dsl).createIfAbsent(hubCentre, JooqCentreIdentity.Origin.SYNC, at);
    }

    @Override
    public void recordHubContact(Instant at, Duration clockOffset) {
        dsl.insertInto(SYNC_STATE)
                .set(SYNC_STATE.ID, STATE_ROW).set(SYNC_STATE.PULL_CURSOR, 0L)
                .set(SYNC_STATE.LAST_CONTACT_AT, utc(at)).set(SYNC_STATE.CLOCK_OFFSET_MS, clockOffset.toMillis())
                .onDuplicateKeyUpdate()
                .set(SYNC_STATE.LAST_CONTACT_AT, utc(at)).set(SYNC_STATE.CLOCK_OFFSET_MS, clockOffset.toMillis())
                .execute();
    }

    @Override
    public Optional<HubContact> lastHubContact() {
        return dsl.selectFrom(SYNC_STATE).where(SYNC_STATE.ID.eq(STATE_ROW)).fetchOptional()
                .filter(r -> r.getLastContactAt() != null)
                .map(r -> new HubContact(instant(r.getLastContactAt()), Duration.ofMillis(r.getClockOffsetMs())));
    }

    @Override
    public int openConflicts() {
        return dsl.fetchCount(SYNC_CONFLICT, SYNC_CONFLICT.RESOLVED_AT.isNull());
    }

    @Override
    public int rejectedOps() {
        return dsl.fetchCount(SYNC_REJECTED);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.CALL_RECORD;
import static org.seatdesk.store.jooq.Tables.DESK;
import static org.seatdesk.store.jooq.Tables.HUB_CHANGE;
import static org.seatdesk.store.jooq.Tables.HUB_COUNTER;
import static org.seatdesk.store.jooq.Tables.HUB_OP;
import static org.seatdesk.store.jooq.Tables.HUB_SESSION;
import static org.seatdesk.store.jooq.Tables.STAFF;
import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatdesk.hub.Caller;
import org.seatdesk.hub.Change;
import org.seatdesk.hub.HubStore;
import org.seatdesk.hub.KbEditorialTx;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.store.jooq.tables.records.CallRecordRecord;
import org.seatdesk.store.jooq.tables.records.HubChangeRecord;
import org.seatdesk.store.jooq.tables.records.HubOpRecord;
import org.seatdesk.store.jooq.tables.records.StaffRecord;
import org.seatdesk.kb.Article;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;

/// The hub's tables (V3) through jOOQ, on H2 or PostgreSQL.
public final class JooqHubStore implements HubStore {

    /// The PostgreSQL channel hubs on one database notify each other on (design principle 4).
    public static final String CHANNEL = "seatdesk_changes";
    private static final int COUNTER_ROW = 1;
    /// The directory's ticket counters cover the last days only: older ones are of no use to a seat.
    private static final int COUNTER_DAYS = 3;

    private final Database database;
    private final DSLContext dsl;

    public JooqHubStore(Database database) {
        this(database, database.dsl());
    }

    /// On a DSL of this database with more settings or listeners (a test counts the statements of a push).
    JooqHubStore(Database database, DSLContext dsl) {
        this.database = database;
        this.dsl = dsl;
    }

    @Override
    public org.seatdesk.sync.Directory directory(String seatCode, String region, Instant now) {
        Instant since = now.minus(java.time.Duration.ofDays(COUNTER_DAYS));
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, zone());
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            // First: every roster edit up to it is in the plan read below (ADR 0024).
            long asOfSeq = tx.select(HUB_COUNTER.LAST_SEQ).from(HUB_COUNTER).where(HUB_COUNTER.ID.eq(COUNTER_ROW))
                    .fetchSingle().value1();
            var desks = tx.selectFrom(org.seatdesk.store.jooq.Tables.DESK).orderBy(org.seatdesk.store.jooq.Tables.DESK.ID)
                    .fetch(d -> new org.seatdesk.sync.Directory.Desk(d.getId(), d.getTier(), d.getRegion(), d.getNameZh(),
                            d.getNameEn()));
            java.util.Map<String, String> regions = new java.util.HashMap<>();
            desks.forEach(d -> regions.put(d.id(), d.region()));
            List<Staff> staff = tx.selectFrom(STAFF).orderBy(STAFF.STAFF_NO)
                    .fetch(r -> new Staff(r.getId(), r.getStaffNo(), r.getName(), Role.valueOf(r.getRole()),
                            org.seatdesk.security.Grade.valueOf(r.getGrade()), r.getWorkType(), r.getDeskId(),
                            regions.get(r.getDeskId()), r.getSeatCode(), r.getActive()));
            java.util.Map<String, String> settings = new java.util.TreeMap<>();
            tx.selectFrom(org.seatdesk.store.jooq.Tables.SETTING).forEach(r -> settings.put(r.getName(), r.getVal()));
            java.util.Map<java.time.LocalDate, Integer> highest = new java.util.TreeMap<>();
            if (seatCode != null) {
                var counter = org.seatdesk.store.jooq.Tables.TICKET_COUNTER;
                tx.selectFrom(counter).where(counter.SEAT_CODE.eq(seatCode))
                        .forEach(r -> highest.merge(r.getDay(), r.getLastValue(), Math::max));
                // tickets pushed by seats: their numbers carry the counter (R-TK-8)
                tx.select(TICKET.NUMBER).from(TICKET)
                        .where(TICKET.SEAT_CODE.eq(seatCode).and(TICKET.CREATED_AT.ge(utc(since)))
                                .and(region == null ? DSL.trueCondition() : TICKET.REGION.eq(region)))
                        .forEach(r -> org.seatdesk.ticket.TicketNumber.parse(r.value1())
                                .ifPresent(n -> highest.merge(n.day(), n.counter(), Math::max)));
            }
            List<org.seatdesk.sync.Directory.Counter> counters = highest.entrySet().stream()
                    .map(e -> new org.seatdesk.sync.Directory.Counter(seatCode, e.getKey(), e.getValue())).toList();
            return new org.seatdesk.sync.Directory(staff, desks, settings, counters, JooqRosterDirectory.read(tx, region,
                    org.seatdesk.sync.RosterDirectory.Window.around(today), asOfSeq));
        });
    }

    /// The centre's zone: stored, or the shipped default (the settings table holds only changes).
    private java.time.ZoneId zone() {
        return java.time.ZoneId.of(new org.seatdesk.settings.Settings(new JooqSettingRepository(database)).get("centre.zone"));
    }

    @Override
    public UUID centreId() {
        return new JooqCentreIdentity(dsl).createIfAbsent(UUID.randomUUID(), JooqCentreIdentity.Origin.HUB, Instant.now());
    }

    @Override
    public void saveSession(String tokenHash, UUID staffId, String seatCode, Instant createdAt, Instant expiresAt) {
        dsl.insertInto(HUB_SESSION)
                .set(HUB_SESSION.TOKEN_HASH, tokenHash)
                .set(HUB_SESSION.STAFF_ID, staffId)
                .set(HUB_SESSION.SEAT_CODE, seatCode)
                .set(HUB_SESSION.CREATED_AT, utc(createdAt))
                .set(HUB_SESSION.EXPIRES_AT, utc(expiresAt))
                .execute();
    }

    @Override
    public Optional<Caller> caller(String tokenHash, Instant now) {
        return dsl.select(STAFF.ID, STAFF.STAFF_NO, STAFF.ROLE, STAFF.ACTIVE, DESK.REGION, DESK.ID, DESK.TIER,
                        HUB_SESSION.SEAT_CODE, HUB_SESSION.EXPIRES_AT)
                .from(HUB_SESSION).join(STAFF).on(STAFF.ID.eq(HUB_SESSION.STAFF_ID)).join(DESK).on(DESK.ID.eq(STAFF.DESK_ID))
                .where(HUB_SESSION.TOKEN_HASH.eq(tokenHash).and(HUB_SESSION.EXPIRES_AT.gt(utc(now))).and(STAFF.ACTIVE.isTrue()))
                .fetchOptional(r -> new Caller(r.get(STAFF.ID), r.get(STAFF.STAFF_NO), Role.valueOf(r.get(STAFF.ROLE)),
                        r.get(DESK.REGION), r.get(DESK.ID), "HQ".equals(r.get(DESK.TIER)), r.get(HUB_SESSION.SEAT_CODE),
                        instant(r.get(HUB_SESSION.EXPIRES_AT))));
    }

    @Override
    public int deleteExpiredSessions(Instant now) {
        return dsl.deleteFrom(HUB_SESSION).where(HUB_SESSION.EXPIRES_AT.le(utc(now))).execute();
    }

    @Override
    public <T> T inTransaction(Function<PushTransaction, T> work) {
        return dsl.transactionResult(cfg -> {
            Tx tx = new Tx(cfg.dsl());
            T result = work.apply(tx);
            tx.flush();
            return result;
        });
    }

    @Override
    public long lastSeq() {
        return dsl.select(HUB_COUNTER.LAST_SEQ).from(HUB_COUNTER).where(HUB_COUNTER.ID.eq(COUNTER_ROW)).fetchSingle().value1();
    }

    @Override
    public List<Change> changesAfter(long after, long upTo, String region, int limit) {
        Condition where = HUB_CHANGE.SEQ.gt(after).and(HUB_CHANGE.SEQ.le(upTo));
        if (region != null) {
            where = where.and(HUB_CHANGE.REGION.in(region, Change.EVERY_REGION));
        }
        return dsl.select(HUB_CHANGE.SEQ, HUB_CHANGE.ENTITY, HUB_CHANGE.ENTITY_ID, HUB_CHANGE.OP_KIND, HUB_CHANGE.VERSION,
                        HUB_CHANGE.REGION, HUB_CHANGE.PAYLOAD)
                .from(HUB_CHANGE).where(where).orderBy(HUB_CHANGE.SEQ).limit(limit)
                .fetch(r -> new Change(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /// Adds a login unless its staff number exists (the demo hub's wall display account).
    public boolean addStaffIfMissing(Staff staff, String passwordHash) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(STAFF, STAFF.STAFF_NO.eq(staff.staffNo()))) {
                return false;
            }
            tx.executeInsert(new StaffRecord(staff.id(), staff.staffNo(), staff.name(), staff.role().name(),
                    staff.grade().name(), staff.workType(), staff.deskId(), staff.seatCode(), passwordHash, staff.active()));
            return true;
        });
    }

    public Database database() {
        return database;
    }

    /// One push transaction. The rows a batch touches are read up front ({@link #prefetch}, one query
    /// per table) and its writes are buffered and sent as one JDBC batch per table when it ends
    /// ({@link #flush}), so a batch of 500 ops costs a handful of round trips instead of several per op
    /// (ADR 0019). What it wrote itself it answers from memory; any read it cannot answer from
    /// memory (and every feature ledger handed out) flushes first, so nothing reads around a buffered write.
    private static final class Tx implements PushTransaction {

        private final DSLContext tx;
        private org.seatdesk.settings.Settings settings; // read once per push, when a roster rule needs it
        private final TxRows rows = new TxRows();

        Tx(DSLContext tx) {
            this.tx = tx;
        }

        @Override
        public void prefetch(BatchKeys keys) {
            // A later request of a group commit (ADR 0025) reads rows an earlier one changed: what
            // the database answers must not be older than what this transaction wrote.
            flush();
            // Two queries, not one with OR: H2 answers `id IN (…) OR number IN (…)` with a scan of the
            // whole table, comparing every row with every value (a third of the hub's time, measured).
            // FOR UPDATE as ticketForUpdate did per op (the counter lock already queues writers).
            if (!keys.tickets().isEmpty()) {
                rows.ticketsRead(keys.tickets(), List.of(), tx.selectFrom(TICKET).where(TICKET.ID.in(keys.tickets()))
                        .forUpdate().fetch(JooqTicketRepository::toTicket));
            }
            if (!keys.numbers().isEmpty()) {
                rows.ticketsRead(List.of(), keys.numbers(), tx.selectFrom(TICKET).where(TICKET.NUMBER.in(keys.numbers()))
                        .fetch(JooqTicketRepository::toTicket));
            }
            if (!keys.events().isEmpty()) {
                rows.events.read(keys.events(), tx.select(TICKET_EVENT.ID).from(TICKET_EVENT)
                        .where(TICKET_EVENT.ID.in(keys.events())).fetch(TICKET_EVENT.ID));
            }
            if (!keys.callRecords().isEmpty()) {
                rows.calls.read(keys.callRecords(), tx.select(CALL_RECORD.ID).from(CALL_RECORD)
                        .where(CALL_RECORD.ID.in(keys.callRecords())).fetch(CALL_RECORD.ID));
            }
        }

        /// Sends the buffered writes, parents before children (events need their tickets).
        void flush() {
            BatchInsert.insert(tx, List.copyOf(rows.ticketInserts.values()), JooqTicketRepository::toRecord);
            BatchInsert.updateById(tx, TICKET.ID, List.copyOf(rows.ticketUpdates.values()), JooqTicketRepository::toRecord);
            BatchInsert.insert(tx, rows.eventInserts, JooqTicketRepository::toRecord);
            BatchInsert.insert(tx, rows.callInserts, r -> new CallRecordRecord(r.id(), r.category().name(), r.note(),
                    r.staffId(), r.seatCode(), utc(r.at())));
            BatchInsert.insert(tx, rows.changes, r -> r);
            BatchInsert.insert(tx, rows.ops, r -> r);
            rows.written();
        }

        @Override
        public org.seatdesk.hub.RoomLedger room() {
            flush();
            return new JooqRoomLedger(tx);
        }

        @Override
        public long lockCounter() {
            return tx.select(HUB_COUNTER.LAST_SEQ).from(HUB_COUNTER).where(HUB_COUNTER.ID.eq(COUNTER_ROW))
                    .forUpdate().fetchSingle().value1();
        }

        @Override
        public void setCounter(long lastSeq) {
            tx.update(HUB_COUNTER).set(HUB_COUNTER.LAST_SEQ, lastSeq).where(HUB_COUNTER.ID.eq(COUNTER_ROW)).execute();
        }

        @Override
        public OptionalLong appliedSeq(UUID opId) {
            return Optional.ofNullable(appliedSeqs(List.of(opId)).get(opId)).map(OptionalLong::of).orElse(OptionalLong.empty());
        }

        @Override
        public Map<UUID, Long> appliedSeqs(Collection<UUID> opIds) {
            Map<UUID, Long> applied = new HashMap<>();
            tx.select(HUB_OP.OP_ID, HUB_OP.SEQ).from(HUB_OP).where(HUB_OP.OP_ID.in(opIds))
                    .forEach(r -> applied.put(r.value1(), r.value2()));
            opIds.forEach(id -> {
                Long here = rows.opsRecorded.get(id);
                if (here != null) {
                    applied.put(id, here);
                }
            });
            return applied;
        }

        @Override
        public void recordOp(UUID opId, long seq, UUID staffId, Instant at) {
            HubOpRecord r = new HubOpRecord();
            r.setOpId(opId);
            r.setSeq(seq);
            r.setStaffId(staffId);
            r.setAppliedAt(utc(at));
            rows.ops.add(r);
            rows.opsRecorded.put(opId, seq);
        }

        @Override
        public void appendChange(Change change, String fields, UUID opId, UUID staffId, Instant at) {
            HubChangeRecord r = new HubChangeRecord();
            r.setSeq(change.seq());
            r.setEntity(change.entity());
            r.setEntityId(change.entityId());
            r.setOpKind(change.kind());
            r.setVersion(change.version());
            r.setRegion(change.region());
            r.setFields(fields);
            r.setPayload(change.payload());
            r.setOpId(opId);
            r.setStaffId(staffId);
            r.setAt(utc(at));
            rows.changes.add(r);
        }

        @Override
        public boolean ticketExists(UUID id, String number) {
            Boolean known = rows.ticketOrNumberExists(id, number);
            if (known != null) {
                return known;
            }
            flush();
            // two lookups, each by its own index: H2 reads the whole table for `id = ? OR number = ?`
            return (id != null && tx.fetchExists(TICKET, TICKET.ID.eq(id)))
                    || (number != null && tx.fetchExists(TICKET, TICKET.NUMBER.eq(number)));
        }

        @Override
        public int highestCounter(String seatCode, java.time.LocalDate day) {
            flush();
            var counter = org.seatdesk.store.jooq.Tables.TICKET_COUNTER;
            int highest = tx.select(counter.LAST_VALUE).from(counter)
                    .where(counter.SEAT_CODE.eq(seatCode).and(counter.DAY.eq(day)))
                    .fetchOptional(counter.LAST_VALUE).orElse(0);
            String prefix = "_-" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(day) + "-" + seatCode + "-%";
            for (String number : tx.select(TICKET.NUMBER).from(TICKET).where(TICKET.NUMBER.like(prefix)).fetch(TICKET.NUMBER)) {
                int value = org.seatdesk.ticket.TicketNumber.parse(number).map(p -> p.counter()).orElse(0);
                highest = Math.max(highest, value);
            }
            return highest;
        }

        @Override
        public List<Ticket> allTickets() {
            flush();
            return tx.selectFrom(TICKET).orderBy(TICKET.CREATED_AT).fetch(JooqTicketRepository::toTicket);
        }

        @Override
        public Optional<Ticket> ticketForUpdate(UUID id) {
            if (rows.knowsTicket(id)) {
                return rows.ticket(id);
            }
            flush();
            Optional<Ticket> found = tx.selectFrom(TICKET).where(TICKET.ID.eq(id)).forUpdate().fetchOptional(JooqTicketRepository::toTicket);
            rows.ticketsRead(List.of(id), List.of(), found.stream().toList());
            return found;
        }

        @Override
        public void insertTicket(Ticket ticket) {
            rows.inserted(ticket);
        }

        @Override
        public void updateTicket(Ticket ticket) {
            rows.updated(ticket);
        }

        @Override
        public List<FieldChange> fieldChangesAfter(UUID ticketId, int version) {
            flush();
            return tx.select(HUB_CHANGE.VERSION, HUB_CHANGE.FIELDS, STAFF.STAFF_NO)
                    .from(HUB_CHANGE).leftJoin(STAFF).on(STAFF.ID.eq(HUB_CHANGE.STAFF_ID))
                    .where(HUB_CHANGE.ENTITY.eq("ticket").and(HUB_CHANGE.ENTITY_ID.eq(ticketId))
                            .and(HUB_CHANGE.VERSION.gt(version)).and(HUB_CHANGE.FIELDS.isNotNull()))
                    .orderBy(HUB_CHANGE.VERSION)
                    .fetch(r -> new FieldChange(r.value1(), Arrays.asList(r.value2().split(",")), r.value3()));
        }

        @Override
        public boolean eventExists(UUID id) {
            if (!rows.events.knows(id)) {
                flush();
                rows.events.read(List.of(id), tx.select(TICKET_EVENT.ID).from(TICKET_EVENT).where(TICKET_EVENT.ID.eq(id))
                        .fetch(TICKET_EVENT.ID));
            }
            return rows.events.present(id);
        }

        @Override
        public void insertEvent(TicketEvent event) {
            rows.events.written(event.id());
            rows.eventInserts.add(event);
        }

        @Override
        public boolean callRecordExists(UUID id) {
            if (!rows.calls.knows(id)) {
                flush();
                rows.calls.read(List.of(id), tx.select(CALL_RECORD.ID).from(CALL_RECORD).where(CALL_RECORD.ID.eq(id))
                        .fetch(CALL_RECORD.ID));
            }
            return rows.calls.present(id);
        }

        @Override
        public void insertCallRecord(CallRecord record) {
            rows.calls.written(record.id());
            rows.callInserts.add(record);
        }

        @Override
        public org.seatdesk.roster.RosterLedger roster() {
            flush();
            // The seats' zone: an approval re-runs rules that place shifts in the day (R-LV-1, R-LV-4).
            return new JooqRosterLedger(tx, java.time.ZoneId.of(centre().get("centre.zone")));
        }

        @Override
        public org.seatdesk.roster.RosterPolicy rosterPolicy() {
            return org.seatdesk.roster.RosterPolicy.from(centre());
        }

        private org.seatdesk.settings.Settings centre() {
            if (settings == null) {
                settings = new org.seatdesk.settings.Settings(new JooqSettingRepository(tx));
            }
            return settings;
        }

        @Override
        public org.seatdesk.hub.ShiftLogHubStore shiftLog() {
            flush();
            return new JooqShiftLogHubStore(tx);
        }

        @Override
        public Optional<Article> kbArticle(UUID id) {
            flush();
            return JooqArticleRepository.find(tx, id);
        }

        @Override
        public void publishKbArticle(Article article) {
            flush();
            JooqArticleRepository.upsert(tx, article);
        }

        @Override
        public void removeKbArticle(UUID id, Instant at) {
            flush();
            JooqArticleRepository.markRemoved(tx, id, at);
        }

        @Override
        public KbEditorialTx kbEditorial() {
            flush();
            return new JooqKbEditorialTx(tx);
        }

        @Override
        public void notifyOtherHubs(long lastSeq) {
            if (tx.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
                // Delivered at commit; one per batch (design.md: one per transaction serialises commits).
                tx.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(Long.toString(lastSeq)))).fetch();
            }
        }
    }
}

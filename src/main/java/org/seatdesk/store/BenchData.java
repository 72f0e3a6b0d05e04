package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.DESK;
import static org.seatdesk.store.jooq.Tables.STAFF;
import static org.seatdesk.store.jooq.Tables.TICKET;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.store.jooq.tables.records.TicketRecord;
import org.seatdesk.ticket.Ticket;

/// Writes that only the benchmarks need (`org.seatdesk.bench`): a member of staff to log in
/// with, and tickets in bulk. The console never calls these; they bypass the outbox on purpose,
/// as data already synced would.
public final class BenchData {

    private static final int BATCH = 1_000;

    private BenchData() {
    }

    /// Inserts an agent (and the HQ desk when it is missing) and returns the agent's id.
    public static UUID insertAgent(Database db, String staffNo, String name, String seatCode, String passwordHash) {
        DSLContext dsl = db.dsl();
        if (dsl.fetchCount(DESK, DESK.ID.eq("HQ")) == 0) {
            dsl.insertInto(DESK).set(DESK.ID, "HQ").set(DESK.TIER, "HQ").set(DESK.REGION, "BJ")
                    .set(DESK.NAME_ZH, "总部客服").set(DESK.NAME_EN, "HQ customer service").execute();
        }
        UUID id = UUID.randomUUID();
        dsl.insertInto(STAFF)
                .set(STAFF.ID, id).set(STAFF.STAFF_NO, staffNo).set(STAFF.NAME, name)
                .set(STAFF.ROLE, Role.AGENT.name()).set(STAFF.GRADE, Grade.JUNIOR.name())
                .set(STAFF.WORK_TYPE, "PHONE").set(STAFF.DESK_ID, "HQ").set(STAFF.SEAT_CODE, seatCode)
                .set(STAFF.PASSWORD_HASH, passwordHash).set(STAFF.ACTIVE, true)
                .execute();
        return id;
    }

    /// Inserts the tickets as they are (no history event, no outbox operation), a thousand rows
    /// per transaction, through the same record mapping as {@link JooqTicketRepository}.
    public static void insertTickets(Database db, List<Ticket> tickets) {
        for (int from = 0; from < tickets.size(); from += BATCH) {
            List<TicketRecord> records = tickets.subList(from, Math.min(tickets.size(), from + BATCH)).stream()
                    .map(JooqTicketRepository::toRecord)
                    .toList();
            db.dsl().transaction(cfg -> cfg.dsl().batchInsert(records).execute());
        }
    }

    /// The shift types and a planned roster for `bench roster` (issue 5), in one transaction.
    public static void insertRoster(Database db, List<org.seatdesk.roster.ShiftType> types,
                                    List<org.seatdesk.roster.Assignment> shifts) {
        db.dsl().transaction(cfg -> {
            for (var t : types) {
                cfg.dsl().executeInsert(new org.seatdesk.store.jooq.tables.records.ShiftTypeRecord(t.code(), t.nameZh(),
                        t.nameEn(), t.startsAt(), t.endsAt()));
            }
            cfg.dsl().batchInsert(shifts.stream().map(a -> new org.seatdesk.store.jooq.tables.records.ShiftAssignmentRecord(
                    a.staffId(), a.workDay(), a.shiftCode(), a.seatCode())).toList()).execute();
        });
    }

    /// Inserts published articles as a seat holds them after a sync (no outbox), a thousand rows
    /// per transaction: the knowledge base of `bench kb-ui`.
    /// Inserts the articles `source` hands out, a batch at a time, without holding them all.
    public static void insertArticles(Database db, java.util.function.Consumer<java.util.function.Consumer<org.seatdesk.kb.Article>> source) {
        List<org.seatdesk.kb.Article> batch = new java.util.ArrayList<>(BATCH);
        source.accept(article -> {
            batch.add(article);
            if (batch.size() == BATCH) {
                insertArticleBatch(db, batch);
            }
        });
        insertArticleBatch(db, batch);
    }

    private static void insertArticleBatch(Database db, List<org.seatdesk.kb.Article> batch) {
        var records = batch.stream().map(JooqArticleRepository::toRecord).toList();
        db.dsl().transaction(cfg -> cfg.dsl().batchInsert(records).execute());
        batch.clear();
    }

    public static int ticketCount(Database db) {
        return db.dsl().fetchCount(TICKET);
    }
}

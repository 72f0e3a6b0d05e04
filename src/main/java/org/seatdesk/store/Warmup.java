package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.TICKET;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/// Loads jOOQ's query and rendering classes without touching a database, so that a console can
/// do it on a spare core while H2 opens the file (see app.Warmup).
public final class Warmup {

    private Warmup() {
    }

    public static void jooq() {
        DSL.using(SQLDialect.H2).selectFrom(TICKET)
                .where(TICKET.STATUS.eq("NEW").and(TICKET.NUMBER.like("T%", '!')))
                .orderBy(TICKET.PRIORITY, TICKET.CREATED_AT).limit(1).getSQL();
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.TICKET_COUNTER;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.seatdesk.ticket.TicketNumber;

/// Keeps a seat's per-seat daily counters (R-TK-8) at or above every number it has seen, so the
/// next number it makes is new: numbers pulled from the hub and the hub's counters raise them,
/// nothing lowers them (sync principle 5).
final class TicketCounters {

    private TicketCounters() {
    }

    static void raise(DSLContext tx, String seatCode, LocalDate day, int value) {
        int updated = tx.update(TICKET_COUNTER).set(TICKET_COUNTER.LAST_VALUE, value)
                .where(TICKET_COUNTER.SEAT_CODE.eq(seatCode).and(TICKET_COUNTER.DAY.eq(day))
                        .and(TICKET_COUNTER.LAST_VALUE.lt(value)))
                .execute();
        if (updated == 0 && !tx.fetchExists(TICKET_COUNTER,
                TICKET_COUNTER.SEAT_CODE.eq(seatCode).and(TICKET_COUNTER.DAY.eq(day)))) {
            tx.insertInto(TICKET_COUNTER).values(seatCode, day, value).execute();
        }
    }

    /// A ticket that arrived from elsewhere: its number's counter is taken.
    static void raiseFor(DSLContext tx, String number) {
        TicketNumber.parse(number).ifPresent(p -> raise(tx, p.seatCode(), p.day(), p.counter()));
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.OUTBOX;
import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_COUNTER;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jooq.DSLContext;
import org.seatdesk.sync.Payloads;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketNumber;

/// The seat's half of ADR 0020: the hub stored this seat's new ticket under another number
/// (another console had made the same one). The seat takes the hub's number into its row, in the
/// transaction that settles the answer, and raises its counter past it. A ticket of this seat that
/// still holds that number locally (made here, not yet at the hub) first moves to a fresh number
/// of this seat, and its waiting CREATE says so, so the local UNIQUE number never blocks.
final class LocalRenumbering {

    private LocalRenumbering() {
    }

    static void apply(DSLContext tx, UUID ticketId, String number) {
        UUID holder = tx.select(TICKET.ID).from(TICKET).where(TICKET.NUMBER.eq(number).and(TICKET.ID.ne(ticketId)))
                .fetchOne(TICKET.ID);
        TicketCounters.raiseFor(tx, number);
        if (holder != null) {
            Ticket moved = JooqTicketRepository.toTicket(tx.selectFrom(TICKET).where(TICKET.ID.eq(holder)).fetchSingle());
            TicketNumber.parse(number).ifPresent(parts -> {
                int next = tx.select(TICKET_COUNTER.LAST_VALUE).from(TICKET_COUNTER)
                        .where(TICKET_COUNTER.SEAT_CODE.eq(parts.seatCode()).and(TICKET_COUNTER.DAY.eq(parts.day())))
                        .fetchSingle(TICKET_COUNTER.LAST_VALUE) + 1;
                String fresh = TicketNumber.format(moved.type(), parts.day(), parts.seatCode(), next);
                TicketCounters.raiseFor(tx, fresh);
                setNumber(tx, holder, fresh);
            });
        }
        setNumber(tx, ticketId, number);
    }

    /// The row and, while it waits, its CREATE: what the hub receives is what the seat shows.
    private static void setNumber(DSLContext tx, UUID ticketId, String number) {
        tx.update(TICKET).set(TICKET.NUMBER, number).where(TICKET.ID.eq(ticketId)).execute();
        tx.selectFrom(OUTBOX).where(OUTBOX.ENTITY.eq("ticket").and(OUTBOX.ENTITY_ID.eq(ticketId))
                .and(OUTBOX.OP_KIND.eq("CREATE"))).forEach(op -> {
            ObjectNode payload = (ObjectNode) Payloads.tree(op.getPayload());
            payload.put("number", number);
            tx.update(OUTBOX).set(OUTBOX.PAYLOAD, payload.toString()).where(OUTBOX.OP_ID.eq(op.getOpId())).execute();
        });
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.SYNC_REJECTED;
import static org.seatdesk.store.jooq.Tables.TICKET;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.sync.HubRefusal;
import org.seatdesk.sync.HubRefusals;

/// `sync_rejected` as the console shows it: unread rows, with the number of the ticket they
/// concern (a ticket's own op, or a history entry of it).
public final class JooqHubRefusalRepository implements HubRefusals {

    private final DSLContext dsl;

    public JooqHubRefusalRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public List<HubRefusal> unread(int limit) {
        return dsl.selectFrom(SYNC_REJECTED).where(SYNC_REJECTED.READ_AT.isNull())
                .orderBy(SYNC_REJECTED.REJECTED_AT, SYNC_REJECTED.OP_ID).limit(limit)
                .fetch(r -> new HubRefusal(r.getOpId(), r.getEntity(), r.getEntityId(), r.getOpKind(), r.getReason(),
                        r.getMessage(), r.getPayload(), instant(r.getRejectedAt()), ticketNumber(r.getEntity(), r.getEntityId())));
    }

    private String ticketNumber(String entity, UUID entityId) {
        return switch (entity) {
            case "ticket" -> dsl.select(TICKET.NUMBER).from(TICKET).where(TICKET.ID.eq(entityId)).fetchOne(TICKET.NUMBER);
            case "ticket_event" -> dsl.select(TICKET.NUMBER).from(TICKET_EVENT).join(TICKET).on(TICKET.ID.eq(TICKET_EVENT.TICKET_ID))
                    .where(TICKET_EVENT.ID.eq(entityId)).fetchOne(TICKET.NUMBER);
            default -> null;
        };
    }

    @Override
    public int unreadCount() {
        return dsl.fetchCount(SYNC_REJECTED, SYNC_REJECTED.READ_AT.isNull());
    }

    @Override
    public void markRead(UUID opId, Instant at) {
        dsl.update(SYNC_REJECTED).set(SYNC_REJECTED.READ_AT, utc(at))
                .where(SYNC_REJECTED.OP_ID.eq(opId).and(SYNC_REJECTED.READ_AT.isNull())).execute();
    }
}

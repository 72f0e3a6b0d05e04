package org.seatdesk.store;

import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.OUTBOX;

import org.jooq.DSLContext;
import org.seatdesk.sync.OutboxOperation;

/// Appends an outbox operation inside the caller's transaction (sync principle 1).
final class OutboxWriter {

    private OutboxWriter() {
    }

    static void append(DSLContext tx, OutboxOperation op) {
        tx.insertInto(OUTBOX)
                .set(OUTBOX.OP_ID, op.opId())
                .set(OUTBOX.ENTITY, op.entity())
                .set(OUTBOX.ENTITY_ID, op.entityId())
                .set(OUTBOX.OP_KIND, op.kind().name())
                .set(OUTBOX.BASE_VERSION, op.baseVersion())
                .set(OUTBOX.PAYLOAD, op.payload())
                .set(OUTBOX.CREATED_AT, utc(op.createdAt()))
                .execute();
    }
}

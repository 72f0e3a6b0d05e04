package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.OUTBOX;

import java.util.List;

import org.jooq.DSLContext;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.OutboxRepository;

public final class JooqOutboxRepository implements OutboxRepository {

    private final DSLContext dsl;

    public JooqOutboxRepository(Database database) {
        this(database.dsl());
    }

    JooqOutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int pendingCount() {
        return dsl.fetchCount(OUTBOX);
    }

    @Override
    public List<OutboxOperation> oldest(int limit) {
        return dsl.selectFrom(OUTBOX).orderBy(OUTBOX.SEQ).limit(limit)
                .fetch(r -> new OutboxOperation(r.getOpId(), r.getEntity(), r.getEntityId(),
                        OutboxOperation.Kind.valueOf(r.getOpKind()), r.getBaseVersion(), r.getPayload(),
                        Times.instant(r.getCreatedAt())));
    }
}

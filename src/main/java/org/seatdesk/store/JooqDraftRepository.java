package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.TICKET_DRAFT;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.sync.Payloads;
import org.seatdesk.ticket.DraftRepository;
import org.seatdesk.ticket.TicketDraft;

public final class JooqDraftRepository implements DraftRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqDraftRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    @Override
    public void save(UUID staffId, TicketDraft draft) {
        dsl.mergeInto(TICKET_DRAFT)
                .using(DSL_ONE)
                .on(TICKET_DRAFT.STAFF_ID.eq(staffId))
                .whenMatchedThenUpdate()
                .set(TICKET_DRAFT.CONTENT, Payloads.json(draft))
                .set(TICKET_DRAFT.SAVED_AT, Times.utc(clock.instant()))
                .whenNotMatchedThenInsert(TICKET_DRAFT.STAFF_ID, TICKET_DRAFT.CONTENT, TICKET_DRAFT.SAVED_AT)
                .values(staffId, Payloads.json(draft), Times.utc(clock.instant()))
                .execute();
    }

    private static final org.jooq.Table<?> DSL_ONE = org.jooq.impl.DSL.selectOne().asTable("one");

    @Override
    public Optional<TicketDraft> load(UUID staffId) {
        return dsl.select(TICKET_DRAFT.CONTENT).from(TICKET_DRAFT).where(TICKET_DRAFT.STAFF_ID.eq(staffId))
                .fetchOptional(TICKET_DRAFT.CONTENT)
                .map(json -> Payloads.read(json, TicketDraft.class));
    }

    @Override
    public void discard(UUID staffId) {
        dsl.deleteFrom(TICKET_DRAFT).where(TICKET_DRAFT.STAFF_ID.eq(staffId)).execute();
    }
}

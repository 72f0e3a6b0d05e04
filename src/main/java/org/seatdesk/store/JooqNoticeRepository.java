package org.seatdesk.store;

import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.DESK;
import static org.seatdesk.store.jooq.Tables.NOTICE;
import static org.seatdesk.store.jooq.Tables.NOTICE_RECEIPT;
import static org.seatdesk.store.jooq.Tables.STAFF;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeReceipt;
import org.seatdesk.notice.NoticeRepository;
import org.seatdesk.security.Role;
import org.seatdesk.sync.OutboxOperation;

/// Notices and read receipts (R-SH-3) in the seat's H2 database; append-only.
public final class JooqNoticeRepository implements NoticeRepository {

    /// R-SH-3 "every agent reads the latest notices": the people at seats who take calls.
    private static final List<String> READER_ROLES = List.of(Role.AGENT.name(), Role.CALLBACK_DESK.name());

    private final DSLContext dsl;

    public JooqNoticeRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public void publish(Notice notice, OutboxOperation operation) {
        dsl.transaction(cfg -> {
            cfg.dsl().executeInsert(ShiftLogRecords.toRecord(notice));
            OutboxWriter.append(cfg.dsl(), operation);
        });
    }

    @Override
    public void confirm(Map<NoticeReceipt, OutboxOperation> receipts) {
        dsl.transaction(cfg -> receipts.forEach((receipt, op) -> {
            cfg.dsl().executeInsert(ShiftLogRecords.toRecord(receipt));
            OutboxWriter.append(cfg.dsl(), op);
        }));
    }

    private static Condition validAt(Instant now) {
        return NOTICE.VALID_FROM.le(utc(now)).and(NOTICE.VALID_UNTIL.gt(utc(now)));
    }

    @Override
    public List<Notice> validAt(Instant now, String region) {
        return dsl.selectFrom(NOTICE).where(validAt(now).and(NOTICE.REGION.in(region, Notice.CENTRE_WIDE)))
                .orderBy(NOTICE.PUBLISHED_AT.desc(), NOTICE.ID.desc())
                .fetch(ShiftLogRecords::toNotice);
    }

    @Override
    public List<Notice> unreadBy(UUID staffId, Instant now, String region) {
        return dsl.selectFrom(NOTICE)
                .where(validAt(now).and(NOTICE.REGION.in(region, Notice.CENTRE_WIDE))
                        .andNotExists(DSL.selectOne().from(NOTICE_RECEIPT)
                                .where(NOTICE_RECEIPT.NOTICE_ID.eq(NOTICE.ID).and(NOTICE_RECEIPT.STAFF_ID.eq(staffId)))))
                .orderBy(NOTICE.PUBLISHED_AT, NOTICE.ID)
                .fetch(ShiftLogRecords::toNotice);
    }

    @Override
    public List<String> latestTitles(Instant now, int limit) {
        return dsl.select(NOTICE.TITLE).from(NOTICE).where(validAt(now))
                .orderBy(NOTICE.PUBLISHED_AT.desc(), NOTICE.ID.desc()).limit(limit)
                .fetch(NOTICE.TITLE);
    }

    @Override
    public List<NoticeReceipt> receipts(UUID noticeId) {
        return dsl.selectFrom(NOTICE_RECEIPT).where(NOTICE_RECEIPT.NOTICE_ID.eq(noticeId))
                .orderBy(NOTICE_RECEIPT.READ_AT, NOTICE_RECEIPT.ID)
                .fetch(ShiftLogRecords::toReceipt);
    }

    @Override
    public boolean isHqDesk(String deskId) {
        return dsl.fetchExists(DESK, DESK.ID.eq(deskId).and(DESK.TIER.eq("HQ")));
    }

    @Override
    public Map<UUID, String> readers(String region) {
        Map<UUID, String> readers = new LinkedHashMap<>();
        dsl.select(STAFF.ID, STAFF.NAME).from(STAFF).join(DESK).on(DESK.ID.eq(STAFF.DESK_ID))
                .where(DESK.REGION.eq(region).and(STAFF.ACTIVE.isTrue()).and(STAFF.ROLE.in(READER_ROLES)))
                .orderBy(STAFF.STAFF_NO)
                .forEach(r -> readers.put(r.value1(), r.value2()));
        return readers;
    }
}

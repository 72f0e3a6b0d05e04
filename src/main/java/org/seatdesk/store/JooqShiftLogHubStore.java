package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.HANDOVER_ACK;
import static org.seatdesk.store.jooq.Tables.HANDOVER_ENTRY;
import static org.seatdesk.store.jooq.Tables.NOTICE;
import static org.seatdesk.store.jooq.Tables.NOTICE_RECEIPT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.handover.HandoverAck;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.hub.ShiftLogHubStore;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeReceipt;

/// The hub's handover log and notices (V9), inside a push transaction.
final class JooqShiftLogHubStore implements ShiftLogHubStore {

    private final DSLContext tx;

    JooqShiftLogHubStore(DSLContext tx) {
        this.tx = tx;
    }

    @Override
    public Optional<HandoverEntry> handoverEntry(UUID id) {
        return tx.selectFrom(HANDOVER_ENTRY).where(HANDOVER_ENTRY.ID.eq(id)).fetchOptional(ShiftLogRecords::toEntry);
    }

    @Override
    public Optional<Notice> notice(UUID id) {
        return tx.selectFrom(NOTICE).where(NOTICE.ID.eq(id)).fetchOptional(ShiftLogRecords::toNotice);
    }

    @Override
    public List<Notice> allNotices() {
        return tx.selectFrom(NOTICE).orderBy(NOTICE.PUBLISHED_AT, NOTICE.ID).fetch(ShiftLogRecords::toNotice);
    }

    @Override
    public List<NoticeReceipt> allReceipts() {
        return tx.selectFrom(NOTICE_RECEIPT).orderBy(NOTICE_RECEIPT.READ_AT, NOTICE_RECEIPT.ID).fetch(ShiftLogRecords::toReceipt);
    }

    @Override
    public boolean exists(String entity, UUID id) {
        return switch (entity) {
            case "handover_entry" -> tx.fetchExists(HANDOVER_ENTRY, HANDOVER_ENTRY.ID.eq(id));
            case "handover_ack" -> tx.fetchExists(HANDOVER_ACK, HANDOVER_ACK.ID.eq(id));
            case "notice" -> tx.fetchExists(NOTICE, NOTICE.ID.eq(id));
            case "notice_receipt" -> tx.fetchExists(NOTICE_RECEIPT, NOTICE_RECEIPT.ID.eq(id));
            default -> throw new IllegalArgumentException("not a shift-log entity: " + entity);
        };
    }

    @Override
    public void insert(HandoverEntry entry) {
        tx.executeInsert(ShiftLogRecords.toRecord(entry));
    }

    @Override
    public void insert(HandoverAck ack) {
        tx.executeInsert(ShiftLogRecords.toRecord(ack));
    }

    @Override
    public void insert(Notice notice) {
        tx.executeInsert(ShiftLogRecords.toRecord(notice));
    }

    @Override
    public void insert(NoticeReceipt receipt) {
        tx.executeInsert(ShiftLogRecords.toRecord(receipt));
    }
}

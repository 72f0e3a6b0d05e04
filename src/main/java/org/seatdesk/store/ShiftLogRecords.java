package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;

import java.util.Arrays;
import java.util.List;

import org.seatdesk.handover.HandoverAck;
import org.seatdesk.handover.HandoverCategory;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeKind;
import org.seatdesk.notice.NoticeReceipt;
import org.seatdesk.store.jooq.tables.records.HandoverAckRecord;
import org.seatdesk.store.jooq.tables.records.HandoverEntryRecord;
import org.seatdesk.store.jooq.tables.records.NoticeReceiptRecord;
import org.seatdesk.store.jooq.tables.records.NoticeRecord;

/// Rows of the handover log and notices (V9) and back: one mapping for the seat's repositories,
/// the seat's pull and the hub.
final class ShiftLogRecords {

    private ShiftLogRecords() {
    }

    static HandoverEntryRecord toRecord(HandoverEntry e) {
        return new HandoverEntryRecord(e.id(), e.category().name(), e.body(), String.join(",", e.ticketNumbers()),
                e.authorId(), e.authorName(), e.seatCode(), e.region(), utc(e.writtenAt()));
    }

    static HandoverEntry toEntry(HandoverEntryRecord r) {
        List<String> numbers = r.getTicketNumbers().isEmpty() ? List.of() : Arrays.asList(r.getTicketNumbers().split(","));
        return new HandoverEntry(r.getId(), HandoverCategory.valueOf(r.getCategory()), r.getBody(), numbers,
                r.getAuthorId(), r.getAuthorName(), r.getSeatCode(), r.getRegion(), instant(r.getWrittenAt()));
    }

    static HandoverAckRecord toRecord(HandoverAck a) {
        return new HandoverAckRecord(a.id(), a.entryId(), a.staffId(), a.staffName(), a.seatCode(), utc(a.acknowledgedAt()));
    }

    static HandoverAck toAck(HandoverAckRecord r) {
        return new HandoverAck(r.getId(), r.getEntryId(), r.getStaffId(), r.getStaffName(), r.getSeatCode(),
                instant(r.getAcknowledgedAt()));
    }

    static NoticeRecord toRecord(Notice n) {
        return new NoticeRecord(n.id(), n.kind().name(), n.title(), n.body(), utc(n.validFrom()), utc(n.validUntil()),
                n.authorId(), n.authorName(), n.region(), utc(n.publishedAt()));
    }

    static Notice toNotice(NoticeRecord r) {
        return new Notice(r.getId(), NoticeKind.valueOf(r.getKind()), r.getTitle(), r.getBody(), instant(r.getValidFrom()),
                instant(r.getValidUntil()), r.getAuthorId(), r.getAuthorName(), r.getRegion(), instant(r.getPublishedAt()));
    }

    static NoticeReceiptRecord toRecord(NoticeReceipt r) {
        return new NoticeReceiptRecord(r.id(), r.noticeId(), r.staffId(), r.staffName(), r.seatCode(), utc(r.readAt()));
    }

    static NoticeReceipt toReceipt(NoticeReceiptRecord r) {
        return new NoticeReceipt(r.getId(), r.getNoticeId(), r.getStaffId(), r.getStaffName(), r.getSeatCode(),
                instant(r.getReadAt()));
    }
}

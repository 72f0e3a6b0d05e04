package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.HANDOVER_ACK;
import static org.seatdesk.store.jooq.Tables.HANDOVER_ENTRY;
import static org.seatdesk.store.jooq.Tables.NOTICE;
import static org.seatdesk.store.jooq.Tables.NOTICE_RECEIPT;

import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.seatdesk.handover.HandoverAck;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeReceipt;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.Payloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A pulled handover entry, acknowledgement, notice or read receipt into the seat's cache. All
/// are append-only rows: a row already here (this seat's own, coming back) is left alone.
final class ShiftLogApply {

    private static final Logger LOG = LoggerFactory.getLogger(ShiftLogApply.class);

    private ShiftLogApply() {
    }

    /// True if a row was written.
    static boolean apply(DSLContext tx, Change change) {
        try {
            return switch (change.entity()) {
                case "handover_entry" -> {
                    HandoverEntry e = Payloads.read(change.payload(), HandoverEntry.class);
                    yield e.category() != null && e.authorId() != null
                            && insertNew(tx, HANDOVER_ENTRY, HANDOVER_ENTRY.ID, e.id(), ShiftLogRecords.toRecord(e));
                }
                case "handover_ack" -> {
                    HandoverAck a = Payloads.read(change.payload(), HandoverAck.class);
                    yield a.staffId() != null && insertNew(tx, HANDOVER_ACK, HANDOVER_ACK.ID, a.id(), ShiftLogRecords.toRecord(a));
                }
                case "notice" -> {
                    // The wall's copy carries no body and no author (hub Redaction): those columns stay empty.
                    Notice n = Payloads.read(change.payload(), Notice.class);
                    yield n.kind() != null && n.validFrom() != null
                            && insertNew(tx, NOTICE, NOTICE.ID, n.id(), ShiftLogRecords.toRecord(n));
                }
                case "notice_receipt" -> {
                    NoticeReceipt r = Payloads.read(change.payload(), NoticeReceipt.class);
                    yield r.staffId() != null && insertNew(tx, NOTICE_RECEIPT, NOTICE_RECEIPT.ID, r.id(), ShiftLogRecords.toRecord(r));
                }
                default -> false;
            };
        } catch (IllegalArgumentException | NullPointerException incomplete) {
            // A redacted payload (the wall) or one this version cannot read: skipped, the cursor moves on.
            LOG.debug("Skipping change {} of {}: {}", change.seq(), change.entity(), incomplete.getMessage());
            return false;
        }
    }

    private static <R extends TableRecord<R>> boolean insertNew(DSLContext tx, Table<R> table, Field<UUID> id, UUID value,
                                                                 R record) {
        if (value == null || tx.fetchExists(table, id.eq(value))) {
            return false;
        }
        tx.executeInsert(record);
        return true;
    }
}

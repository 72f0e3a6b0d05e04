package org.seatdesk.hub;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeReceipt;

/// Puts what a `hub --demo` seeded straight into its tables into the change feed, once: the
/// tickets as `ticket CREATE` changes of their own region, the notices as `notice CREATE` changes
/// of theirs (HQ's for every region, R-SH-3) with their read receipts. The wall, which keeps no database and reads only the
/// feed, then counts the demo's open, late and urgent work and shows its notices, and a seat that
/// does not have them yet receives them. Seats seeded with the same centre skip them (same ids).
public final class DemoFeed {

    private final HubStore store;
    private final Clock clock;

    public DemoFeed(HubStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /// True if this call published anything (a restart of the demo hub finds it all in the feed).
    public boolean publishOnce() {
        Instant now = clock.instant();
        return store.inTransaction(tx -> {
            long first = tx.lockCounter();
            long seq = publish(tx, first, "ticket", tx.allTickets(),
                    t -> new Record(t.id(), t.version(), t.region(), t.createdBy(), t), now);
            List<Notice> notices = tx.shiftLog().allNotices();
            seq = publish(tx, seq, "notice", notices, n -> new Record(n.id(), 1, n.region(), n.authorId(), n), now);
            // The receipts too: without them a seat that syncs shows the demo's read notices as unread.
            Map<UUID, Notice> byId = notices.stream().collect(Collectors.toMap(Notice::id, n -> n));
            seq = publish(tx, seq, "notice_receipt", tx.shiftLog().allReceipts(),
                    r -> new Record(r.id(), 1, receiptRegion(tx, byId.get(r.noticeId()), r), r.staffId(), r), now);
            if (seq > first) {
                tx.setCounter(seq);
                tx.notifyOtherHubs(seq);
            }
            return seq > first;
        });
    }

    /// As the hub files a pushed receipt (ShiftLogRules): under the reader's region when the notice is centre-wide.
    private static String receiptRegion(HubStore.PushTransaction tx, Notice notice, NoticeReceipt receipt) {
        if (notice != null && !notice.centreWide()) {
            return notice.region();
        }
        return tx.roster().regionOf(receipt.staffId()).orElse(Change.EVERY_REGION);
    }

    private record Record(UUID id, int version, String region, UUID by, Object payload) {
    }

    /// Appends one CREATE change per row after `seq`, unless the first row is in the feed already.
    private static <T> long publish(HubStore.PushTransaction tx, long seq, String entity, List<T> rows,
                                    Function<T, Record> record, Instant now) {
        if (rows.isEmpty() || tx.appliedSeq(opId(entity, record.apply(rows.getFirst()).id())).isPresent()) {
            return seq;
        }
        for (T row : rows) {
            Record r = record.apply(row);
            UUID opId = opId(entity, r.id());
            tx.appendChange(new Change(++seq, entity, r.id(), "CREATE", r.version(), r.region(), PushService.write(r.payload())),
                    null, opId, r.by(), now);
            tx.recordOp(opId, seq, r.by(), now);
        }
        return seq;
    }

    private static UUID opId(String entity, UUID id) {
        return UUID.nameUUIDFromBytes(("seatdesk-demo/" + entity + "/" + id).getBytes(StandardCharsets.UTF_8));
    }
}

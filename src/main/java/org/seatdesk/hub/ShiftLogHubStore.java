package org.seatdesk.hub;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.handover.HandoverAck;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeReceipt;

/// What {@link ShiftLogRules} needs inside a push transaction: the handover log and notices
/// (V9), all append-only. Implemented with jOOQ in `store`.
public interface ShiftLogHubStore {

    Optional<HandoverEntry> handoverEntry(UUID id);

    Optional<Notice> notice(UUID id);

    /// Every notice the hub holds, oldest first (the demo's seeded notices enter the feed once, {@link DemoFeed}).
    List<Notice> allNotices();

    /// Every read receipt the hub holds, oldest first (fed with the demo's notices, {@link DemoFeed}).
    List<NoticeReceipt> allReceipts();

    /// True if a handover entry, acknowledgement, notice or receipt has this id already.
    boolean exists(String entity, UUID id);

    void insert(HandoverEntry entry);

    void insert(HandoverAck ack);

    void insert(Notice notice);

    void insert(NoticeReceipt receipt);
}

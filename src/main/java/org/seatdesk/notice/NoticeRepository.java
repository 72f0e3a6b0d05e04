package org.seatdesk.notice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seatdesk.sync.OutboxOperation;

/// Persistence of notices and read receipts; implemented by the store layer.
public interface NoticeRepository {

    /// Commits the notice and its outbox operation together.
    void publish(Notice notice, OutboxOperation operation);

    /// Commits every receipt and its outbox operation in one transaction.
    void confirm(Map<NoticeReceipt, OutboxOperation> receipts);

    /// Notices of `region` and centre-wide ones ({@link Notice#CENTRE_WIDE}) valid at `now`, newest first.
    List<Notice> validAt(Instant now, String region);

    /// Those of {@link #validAt} that `staffId` has no receipt for, oldest first (the order to read them in).
    List<Notice> unreadBy(UUID staffId, Instant now, String region);

    /// Titles of the newest `limit` notices valid at `now`, in any region (the wall's room).
    List<String> latestTitles(Instant now, int limit);

    /// Receipts of a notice, earliest first.
    List<NoticeReceipt> receipts(UUID noticeId);

    /// Whether a desk is HQ (the nationwide tier), whose notices every region reads.
    boolean isHqDesk(String deskId);

    /// Names of the active staff of `region` who must read notices (agents and the callback desk).
    Map<UUID, String> readers(String region);
}

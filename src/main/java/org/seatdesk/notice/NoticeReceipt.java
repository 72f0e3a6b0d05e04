package org.seatdesk.notice;

import java.time.Instant;
import java.util.UUID;

/// R-SH-3: `staffName` confirmed reading a notice at `seatCode`. Append-only.
public record NoticeReceipt(UUID id, UUID noticeId, UUID staffId, String staffName, String seatCode, Instant readAt) {
}

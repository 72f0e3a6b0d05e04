package org.seatdesk.notice;

import java.time.Instant;

/// A notice as the publisher types it, before it is checked.
public record NoticeDraft(NoticeKind kind, String title, String body, Instant validFrom, Instant validUntil) {
}

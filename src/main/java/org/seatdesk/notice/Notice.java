package org.seatdesk.notice;

import java.time.Instant;
import java.util.UUID;

/// R-SH-3: a notice every agent of `region` reads at shift start while it is valid
/// (`validFrom` inclusive, `validUntil` exclusive). Append-only: a correction is a new notice.
public record Notice(UUID id, NoticeKind kind, String title, String body, Instant validFrom, Instant validUntil,
                     UUID authorId, String authorName, String region, Instant publishedAt) {

    public boolean isValidAt(Instant now) {
        return !now.isBefore(validFrom) && now.isBefore(validUntil);
    }
}

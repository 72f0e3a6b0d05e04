package org.seatdesk.notice;

import java.time.Instant;
import java.util.UUID;

/// R-SH-3: a notice every agent of `region` reads at shift start while it is valid
/// (`validFrom` inclusive, `validUntil` exclusive). Append-only: a correction is a new notice.
/// A notice published at HQ has the region {@link #CENTRE_WIDE}: every desk reads it.
public record Notice(UUID id, NoticeKind kind, String title, String body, Instant validFrom, Instant validUntil,
                     UUID authorId, String authorName, String region, Instant publishedAt) {

    /// The region of a notice for every desk of the centre (the hub feeds it to every region).
    public static final String CENTRE_WIDE = "*";

    public boolean centreWide() {
        return CENTRE_WIDE.equals(region);
    }

    public boolean isValidAt(Instant now) {
        return !now.isBefore(validFrom) && now.isBefore(validUntil);
    }
}

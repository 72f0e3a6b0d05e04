package org.seatdesk.kb;

import java.util.List;

/// The answer to one query: the best hits, how many matched in all — exactly, or at least
/// `total` when `totalAtLeast` (counting stops at {@link ArticleIndex#TOTAL_HITS_THRESHOLD}) —
/// and how long it took, in all and by phase.
public record SearchResults(String query, List<SearchHit> hits, long total, boolean totalAtLeast, long micros,
                            Phases phases) {

    public static SearchResults empty(String query) {
        return new SearchResults(query, List.of(), 0, false, 0, Phases.NONE);
    }

    /// Time of each phase of one search, in nanoseconds of the clock the caller gave
    /// ({@link ArticleIndex#search(String, Section, int, java.util.function.LongSupplier)}): the
    /// benchmark passes the thread's processor time, so a busy machine does not blur the parts.
    public record Phases(long parse, long search, long highlight) {

        static final Phases NONE = new Phases(0, 0, 0);
    }
}

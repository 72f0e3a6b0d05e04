package org.seatdesk.kb;

import java.util.List;

/// The answer to one query: the best hits, how many matched in all, and how long it took.
public record SearchResults(String query, List<SearchHit> hits, long total, long micros) {

    public static SearchResults empty(String query) {
        return new SearchResults(query, List.of(), 0, 0);
    }
}

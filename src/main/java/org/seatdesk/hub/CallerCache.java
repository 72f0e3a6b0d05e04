package org.seatdesk.hub;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// Token → caller for a few seconds (ADR 0027). Every request of every seat is authenticated
/// (R-SEC-1); asking the database each time — a pooled connection, a three-table join — was about
/// 7 % of the hub's work under 1,000 seats, whose tokens are the same all day. Only valid tokens
/// are kept, never past their own expiry; a staff member made inactive, or a session deleted,
/// is refused at the latest `TTL` later (the database is asked again then).
final class CallerCache {

    static final Duration TTL = Duration.ofSeconds(10);
    /// Far above the sessions of a centre; past it, expired entries go (and all, if none had).
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(Caller caller, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    Optional<Caller> get(String tokenHash, Instant now) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.until())) {
            entries.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    void put(String tokenHash, Caller caller, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        Instant until = now.plus(TTL);
        entries.put(tokenHash, new Entry(caller, caller.expiresAt().isBefore(until) ? caller.expiresAt() : until));
    }

    int size() {
        return entries.size();
    }
}

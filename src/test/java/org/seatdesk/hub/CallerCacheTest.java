package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seatdesk.security.Role;

/// R-SEC-1 with the token cache of ADR 0027: a remembered caller is never accepted past its
/// token's expiry, and the database is asked again at the latest `TTL` after it last answered.
class CallerCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private static Caller agentUntil(Instant expiresAt) {
        return new Caller(UUID.randomUUID(), "A001", Role.AGENT, "CN", "D01", false, "S07", expiresAt);
    }

    @Test
    void rSec1_aValidTokenIsAnsweredFromMemoryWithinTheTtl() {
        CallerCache cache = new CallerCache();
        Caller caller = agentUntil(NOW.plus(Duration.ofHours(12)));
        cache.put("h1", caller, NOW);
        assertThat(cache.get("h1", NOW.plus(CallerCache.TTL).minusMillis(1))).contains(caller);
        assertThat(cache.get("h2", NOW)).as("another token").isEmpty();
    }

    @Test
    void rSec1_theDatabaseIsAskedAgainOnceTheTtlHasPassed() {
        CallerCache cache = new CallerCache();
        cache.put("h1", agentUntil(NOW.plus(Duration.ofHours(12))), NOW);
        assertThat(cache.get("h1", NOW.plus(CallerCache.TTL))).isEmpty();
        assertThat(cache.size()).as("the stale entry is gone").isZero();
    }

    @Test
    void rSec1_aTokenThatExpiresWithinTheTtlIsRefusedFromItsExpiryOn() {
        CallerCache cache = new CallerCache();
        Instant expiry = NOW.plusSeconds(2);
        cache.put("h1", agentUntil(expiry), NOW);
        assertThat(cache.get("h1", expiry.minusMillis(1))).isPresent();
        assertThat(cache.get("h1", expiry)).isEmpty();
    }
}

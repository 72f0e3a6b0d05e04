package org.seatdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.seatdesk.testing.MutableClock;

/// ADR 0036 as properties over any sequence of login attempts from a handful of addresses for a
/// few staff IDs, with time passing in between:
/// - no wait is ever longer than the cap (60 s);
/// - an address that has not failed for a staff ID (since its failures were forgotten) may try at
///   once, whatever every other address did: nobody is locked out from where they have not failed;
/// - a known console (a login succeeded from it) waits only for its own failures, exactly as a
///   lone console would.
class LoginThrottleProperties {

    record Attempt(String staff, String source, boolean right, long advanceMillis) {
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> one = Combinators.combine(
                Arbitraries.of("A001", "A002", " a001 "),
                Arbitraries.of("10.0.0.7", "10.0.0.8", "192.0.2.1", "192.0.2.2", "192.0.2.3", "198.51.100.9"),
                Arbitraries.of(true, false, false, false),
                Arbitraries.longs().between(0, 90_000)).as(Attempt::new);
        return one.list().ofMaxSize(300);
    }

    @Property(tries = 300)
    void waitsAreCappedAndNoOneIsLockedOutWhereTheyHaveNotFailed(@ForAll("attempts") List<Attempt> attempts) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T02:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(clock);
        LoginThrottle lone = new LoginThrottle(clock); // the known console's failures alone
        String console = "10.0.0.7";
        throttle.succeeded("A003", console); // a console of the centre
        lone.succeeded("A003", console);
        Map<String, Instant> lastFailure = new HashMap<>();
        Set<String> sources = new HashSet<>();
        for (Attempt a : attempts) {
            clock.advance(Duration.ofMillis(a.advanceMillis()));
            String key = a.staff().strip().toUpperCase(java.util.Locale.ROOT) + "@" + a.source();
            sources.add(a.source());
            Duration wait = throttle.waitBeforeAttempt(a.staff(), a.source());
            assertThat(wait).isBetween(Duration.ZERO, LoginThrottle.MAX_DELAY);
            Instant failedLast = lastFailure.get(key);
            if (failedLast == null || Duration.between(failedLast, clock.instant()).compareTo(LoginThrottle.FORGET_AFTER) > 0) {
                assertThat(wait).as("%s has not failed lately", key).isZero();
            }
            if (a.source().equals(console)) {
                assertThat(wait).as("a known console waits as if alone").isEqualTo(lone.waitBeforeAttempt(a.staff(), console));
            }
            if (!wait.isZero()) {
                continue; // throttled: not checked, not counted
            }
            if (a.right()) {
                throttle.succeeded(a.staff(), a.source());
                if (a.source().equals(console)) {
                    lone.succeeded(a.staff(), console);
                }
                lastFailure.remove(key);
            } else {
                throttle.failed(a.staff(), a.source());
                if (a.source().equals(console)) {
                    lone.failed(a.staff(), console);
                }
                lastFailure.put(key, clock.instant());
            }
        }
        for (String s : sources) {
            assertThat(throttle.waitBeforeAttempt("A099", s)).as("a staff ID nobody tried").isZero();
        }
    }
}

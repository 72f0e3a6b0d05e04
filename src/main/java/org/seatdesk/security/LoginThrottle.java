package org.seatdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/// Growing delays after failed logins (design.md, security baseline), aimed at the attacker and
/// not at the person (ADR 0036, OWASP Authentication Cheat Sheet, "account lockout"):
/// - Failures count per staff ID **and source** (the client's address at the hub; one source at a
///   console). After three free failures each further attempt from that source waits 1 s, 2 s,
///   4 s … never more than 60 s. Another source is not slowed by them: the right password from
///   another console still logs in. A success clears its own source's count only.
/// - Per staff ID across sources, a soft limit against guessing from many addresses: once a staff
///   ID has had 10 failures, a source that is not a known console (none has logged in from it in
///   the last 30 days) gets no free failures for that ID: after its first it waits as long as the
///   ID's failures say, within the same 60 s. It never blocks a source's first attempt, and never
///   slows a known console.
/// - A failure is forgotten 15 minutes after the last one. The tables are bounded, so a flood of
///   made-up staff IDs or addresses costs memory up to a limit, not without one.
///
/// It never sleeps: it says how long the caller must wait, so the UI stays responsive.
public final class LoginThrottle {

    /// The one source of a console's own login screen.
    public static final String LOCAL = "local";
    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    static final int STAFF_SOFT_LIMIT = 10;
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final Duration KNOWN_FOR = Duration.ofDays(30);
    static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Map<Pair, Failures> bySource = bounded();
    private final Map<String, Failures> byStaff = bounded();
    /// Sources a login succeeded from, and when last.
    private final Map<String, Instant> known = bounded();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /// Zero when an attempt may be made now (the console's own login).
    public Duration waitBeforeAttempt(String staffNo) {
        return waitBeforeAttempt(staffNo, LOCAL);
    }

    public void failed(String staffNo) {
        failed(staffNo, LOCAL);
    }

    public void succeeded(String staffNo) {
        succeeded(staffNo, LOCAL);
    }

    /// Zero when an attempt for `staffNo` may be made now from `source`.
    public synchronized Duration waitBeforeAttempt(String staffNo, String source) {
        Instant now = clock.instant();
        Failures f = live(bySource.get(new Pair(key(staffNo), source)), now);
        if (f == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.nextAllowed());
        return left.isNegative() ? Duration.ZERO : left;
    }

    public synchronized void failed(String staffNo, String source) {
        Instant now = clock.instant();
        Pair pair = new Pair(key(staffNo), source);
        int count = count(bySource.get(pair), now) + 1;
        int staffCount = count(byStaff.get(pair.staff()), now) + 1;
        byStaff.put(pair.staff(), new Failures(staffCount, now, now));
        Duration delay = delayAfter(count);
        if (staffCount >= STAFF_SOFT_LIMIT && !isKnown(source, now)) {
            // many failures for this ID from everywhere: an unknown source gets no free ones
            Duration soft = delayAfter(staffCount - STAFF_SOFT_LIMIT + FREE_ATTEMPTS);
            delay = soft.compareTo(delay) > 0 ? soft : delay;
        }
        bySource.put(pair, new Failures(count, now, now.plus(delay)));
    }

    public synchronized void succeeded(String staffNo, String source) {
        bySource.remove(new Pair(key(staffNo), source));
        known.put(source, clock.instant());
    }

    /// The wait after the n-th failure of one source: none for the first {@link #FREE_ATTEMPTS} − 1,
    /// then doubling from 1 s, never above {@link #MAX_DELAY}.
    static Duration delayAfter(int failureCount) {
        if (failureCount < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failureCount - FREE_ATTEMPTS, 6);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private boolean isKnown(String source, Instant now) {
        Instant last = known.get(source);
        return last != null && Duration.between(last, now).compareTo(KNOWN_FOR) <= 0;
    }

    private static Failures live(Failures f, Instant now) {
        return f == null || Duration.between(f.lastFailure(), now).compareTo(FORGET_AFTER) > 0 ? null : f;
    }

    private static int count(Failures f, Instant now) {
        Failures alive = live(f, now);
        return alive == null ? 0 : alive.count();
    }

    private static String key(String staffNo) {
        return staffNo.strip().toUpperCase(Locale.ROOT);
    }

    /// Least recently written first out, past {@link #MAX_ENTRIES}.
    private static <K, V> Map<K, V> bounded() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > MAX_ENTRIES;
            }
        };
    }

    private record Pair(String staff, String source) {
    }

    private record Failures(int count, Instant lastFailure, Instant nextAllowed) {
    }
}

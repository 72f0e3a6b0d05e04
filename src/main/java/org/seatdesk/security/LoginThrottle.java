package org.seatdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/// Growing delays after failed logins (design.md, security baseline): after the third failure
/// for a staff ID, each further attempt waits 1 s, 2 s, 4 s … up to 60 s. A success resets it.
/// It never sleeps: it says how long the caller must wait, so the UI stays responsive.
public final class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_DELAY = Duration.ofSeconds(60);

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /// Zero when an attempt may be made now.
    public synchronized Duration waitBeforeAttempt(String staffNo) {
        Failures f = failures.get(key(staffNo));
        if (f == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.nextAllowed());
        return left.isNegative() ? Duration.ZERO : left;
    }

    public synchronized void failed(String staffNo) {
        Failures previous = failures.getOrDefault(key(staffNo), new Failures(0, Instant.MIN));
        int count = previous.count() + 1;
        failures.put(key(staffNo), new Failures(count, clock.instant().plus(delayAfter(count))));
    }

    public synchronized void succeeded(String staffNo) {
        failures.remove(key(staffNo));
    }

    static Duration delayAfter(int failureCount) {
        if (failureCount < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failureCount - FREE_ATTEMPTS, 6);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static String key(String staffNo) {
        return staffNo.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private record Failures(int count, Instant nextAllowed) {
    }
}

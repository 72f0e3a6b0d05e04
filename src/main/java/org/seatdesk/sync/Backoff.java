package org.seatdesk.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/// Exponential backoff with full jitter: the n-th retry waits a uniformly random time in
/// [0, min(cap, base·2ⁿ)]. The randomness spreads out a room of seats that lost the hub at
/// the same moment, so they do not all come back in the same millisecond.
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap, was " + base + ", " + cap);
        }
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    public static Backoff standard(RandomGenerator random) {
        return new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30), random);
    }

    /// The upper bound of the wait before retry `attempt` (0 for the first retry).
    public Duration ceiling(int attempt) {
        int shift = Math.clamp(attempt, 0, 40);
        long millis = base.toMillis();
        long capMillis = cap.toMillis();
        return Duration.ofMillis(shift >= 62 || millis > (capMillis >> shift) ? capMillis : Math.min(capMillis, millis << shift));
    }

    public Duration delay(int attempt) {
        long ceiling = ceiling(attempt).toMillis();
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }

    /// As {@link #delay(int)}, but never above `cap`: full jitter in [0, min(ceiling, cap)]. For
    /// waiting on a hub that is not there at all (a refused connection costs it nothing), where a
    /// seat must notice its return within seconds, not at the next 30 s try (issue "The console on
    /// a real desk": seats needed 12 and 23 s).
    public Duration delay(int attempt, Duration cap) {
        long ceiling = Math.min(ceiling(attempt).toMillis(), Math.max(1, cap.toMillis()));
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }

    public Duration cap() {
        return cap;
    }
}

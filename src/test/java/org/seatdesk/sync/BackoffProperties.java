package org.seatdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/// Reconnect delays: full jitter within [0, cap], and a ceiling (so an expectation, ceiling / 2)
/// that grows with every failure until it reaches the cap.
class BackoffProperties {

    @Property
    void everyDelayLiesBetweenZeroAndTheCap(@ForAll @IntRange(min = 0, max = 200) int attempt,
                                            @ForAll @LongRange(min = 1, max = 5_000) long baseMillis,
                                            @ForAll @LongRange(min = 0, max = 60_000) long extraCapMillis,
                                            @ForAll long seed) {
        Backoff backoff = new Backoff(Duration.ofMillis(baseMillis), Duration.ofMillis(baseMillis + extraCapMillis),
                new SplittableRandom(seed));

        Duration delay = backoff.delay(attempt);

        assertThat(delay).isBetween(Duration.ZERO, backoff.ceiling(attempt));
        assertThat(backoff.ceiling(attempt)).isLessThanOrEqualTo(backoff.cap());
    }

    @Property
    void theCeilingDoublesUntilTheCapAndNeverShrinks(@ForAll @IntRange(min = 0, max = 100) int attempt,
                                                     @ForAll @LongRange(min = 1, max = 5_000) long baseMillis) {
        Backoff backoff = new Backoff(Duration.ofMillis(baseMillis), Duration.ofSeconds(30), new SplittableRandom(1));

        Duration now = backoff.ceiling(attempt);
        Duration next = backoff.ceiling(attempt + 1);

        assertThat(next).isGreaterThanOrEqualTo(now);
        assertThat(next).isEqualTo(now.multipliedBy(2).compareTo(backoff.cap()) < 0 ? now.multipliedBy(2) : backoff.cap());
    }

    @Property(tries = 50)
    void theMeanDelayGrowsWithFailures(@ForAll long seed) {
        Backoff backoff = Backoff.standard(new SplittableRandom(seed));
        double previous = -1;
        for (int attempt = 0; attempt <= 7; attempt++) { // 250 ms · 2⁷ = 32 s: the cap of 30 s
            int a = attempt;
            double mean = IntStream.range(0, 2_000).mapToLong(i -> backoff.delay(a).toMillis()).average().orElseThrow();
            double expected = backoff.ceiling(a).toMillis() / 2.0;
            assertThat(mean).isCloseTo(expected, org.assertj.core.data.Offset.offset(expected * 0.1 + 1));
            assertThat(mean).isGreaterThan(previous);
            previous = mean;
        }
    }
    // Reconnecting (issue "The console on a real desk"): within the reconnect cap, however many failures.

    @Property
    void aCappedDelayLiesBetweenZeroAndTheSmallerOfTheCeilingAndTheCap(@ForAll @IntRange(min = 0, max = 200) int attempt,
                                                                       @ForAll @LongRange(min = 1, max = 30_000) long capMillis,
                                                                       @ForAll long seed) {
        Backoff backoff = Backoff.standard(new SplittableRandom(seed));
        Duration cap = Duration.ofMillis(capMillis);

        Duration delay = backoff.delay(attempt, cap);

        assertThat(delay).isBetween(Duration.ZERO, backoff.ceiling(attempt));
        assertThat(delay).isLessThanOrEqualTo(cap);
    }

    @Property(tries = 20)
    void aThousandSeatsComeBackSpreadOverTheReconnectCapNotInOneMillisecond(@ForAll long seed,
                                                                            @ForAll @IntRange(min = 6, max = 60) int failures) {
        SplittableRandom room = new SplittableRandom(seed);
        int[] perMillisecond = new int[(int) SyncEngine.RECONNECT_CAP.toMillis() + 1];
        long latest = 0;
        for (int seat = 0; seat < 1_000; seat++) {
            Backoff own = Backoff.standard(room.split()); // every console has its own generator
            long wait = own.delay(failures, SyncEngine.RECONNECT_CAP).toMillis();
            perMillisecond[(int) wait]++;
            latest = Math.max(latest, wait);
        }
        assertThat(latest).isLessThanOrEqualTo(SyncEngine.RECONNECT_CAP.toMillis());
        assertThat(java.util.Arrays.stream(perMillisecond).max().orElseThrow()).as("seats in the busiest millisecond")
                .isLessThanOrEqualTo(8);
        assertThat(latest).as("spread over the cap").isGreaterThan(SyncEngine.RECONNECT_CAP.toMillis() * 9 / 10);
    }

    @Example
    void theReconnectCapLeavesARoundWithinThreeSeconds() {
        assertThat(SyncEngine.RECONNECT_CAP).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }
}

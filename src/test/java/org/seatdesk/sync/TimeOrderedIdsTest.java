package org.seatdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.seatdesk.testing.MutableClock;

/// Sync principle 5: client-generated UUIDv7 ids, so seats create rows offline and rows sort by creation.
class TimeOrderedIdsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

    private static long embeddedMillis(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    private static void assertStrictlyIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            UUID before = ids.get(i - 1);
            UUID after = ids.get(i);
            assertThat(after).as("id %d", i).isGreaterThan(before);
            // the database and the hub compare the text form / bytes, not Java's signed longs
            assertThat(after.toString()).as("id %d as text", i).isGreaterThan(before.toString());
        }
    }

    @Test
    void idsAreVersion7WithTheRfcVariantAndCarryTheClocksMillisecond() {
        UUID id = new TimeOrderedIds(Clock.fixed(T0, ZoneOffset.UTC)).next();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(embeddedMillis(id)).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void manyIdsInTheSameMillisecondAreStrictlyIncreasing() {
        // 20,000 calls on a frozen clock: more than the 12-bit counter holds, so it must roll over cleanly
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(T0, ZoneOffset.UTC));
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(ids.next());
        }
        assertStrictlyIncreasing(made);
        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        assertThat(embeddedMillis(made.getFirst())).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void idsKeepIncreasingWhenTheClockStepsBackwards() {
        MutableClock clock = new MutableClock(T0);
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        List<UUID> made = new ArrayList<>();
        made.add(ids.next());
        clock.advance(Duration.ofMillis(5));
        made.add(ids.next());
        clock.advance(Duration.ofSeconds(-2)); // NTP correction
        made.add(ids.next());
        made.add(ids.next());
        clock.advance(Duration.ofSeconds(3));
        made.add(ids.next());
        assertStrictlyIncreasing(made);
        assertThat(embeddedMillis(made.getLast())).isEqualTo(T0.plusMillis(1005).toEpochMilli());
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnes() {
        MutableClock clock = new MutableClock(T0);
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        UUID early = ids.next();
        clock.advance(Duration.ofMillis(1));
        UUID late = ids.next();
        assertThat(late).isGreaterThan(early);
        assertThat(embeddedMillis(late) - embeddedMillis(early)).isEqualTo(1);
    }

    @Test
    void concurrentCallersNeverReceiveTheSameId() throws Exception {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.systemUTC());
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<UUID>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    List<UUID> mine = new ArrayList<>();
                    for (int i = 0; i < 10_000; i++) {
                        mine.add(ids.next());
                    }
                    return mine;
                }));
            }
            for (Future<List<UUID>> result : results) {
                List<UUID> mine = result.get();
                assertStrictlyIncreasing(mine); // each thread sees a monotonic generator
                seen.addAll(mine);
            }
        }
        assertThat(seen).hasSize(40_000);
    }
}

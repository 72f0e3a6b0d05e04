package org.seatdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/// Issue "The console on a real desk": the instants a synced record may carry, the same at the hub
/// and at the seat: exactly the years 2000 to 2099 (UTC). What lies outside is neither written nor
/// read by a seat's payload mapper.
class InstantRangeProperties {

    record Stamp(Instant at) {
    }

    /// From far before year 0 to far past year 9999, in seconds.
    private static final long FROM = Instant.parse("-5000-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("+20000-01-01T00:00:00Z").getEpochSecond();

    @Property(tries = 2_000)
    void anInstantIsInTheRangeExactlyWhenItsYearIsFrom2000To2099(@ForAll @LongRange(min = -221_642_000_000L, max = 569_000_000_000L) long second,
                                                                 @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Instant t = Instant.ofEpochSecond(Math.clamp(second, FROM, TO), nanos);
        int year = t.atOffset(ZoneOffset.UTC).getYear();
        assertThat(InstantRange.contains(t)).as("%s", t).isEqualTo(year >= 2000 && year <= 2099);
    }

    @Property(tries = 500)
    void nearTheBoundsToo(@ForAll @LongRange(min = -86_400_000, max = 86_400_000) long millisFromABound, @ForAll boolean upper) {
        Instant bound = upper ? InstantRange.END : InstantRange.FIRST;
        Instant t = bound.plusMillis(millisFromABound);
        assertThat(InstantRange.contains(t)).isEqualTo(upper ? t.isBefore(InstantRange.END) : !t.isBefore(InstantRange.FIRST));
    }

    @Property(tries = 500)
    void aSeatWritesAndReadsBackAnInstantInTheRangeAndNeitherWritesNorReadsOneOutside(
            @ForAll @LongRange(min = -221_642_000_000L, max = 569_000_000_000L) long second) {
        Instant t = Instant.ofEpochSecond(Math.clamp(second, FROM, TO));
        String json = "{\"at\":\"" + t + "\"}";
        if (InstantRange.contains(t)) {
            assertThat(Payloads.read(Payloads.json(new Stamp(t)), Stamp.class).at()).isEqualTo(t);
        } else {
            assertThatThrownBy(() -> Payloads.json(new Stamp(t))).isInstanceOf(IllegalStateException.class)
                    .satisfies(e -> assertThat(InstantRange.isOutOfRange(e)).isTrue());
            assertThatThrownBy(() -> Payloads.read(json, Stamp.class)).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(InstantRange.isOutOfRange(e)).isTrue());
        }
    }

    @Example
    void theYearOfTheIssueIsRefusedInEveryForm() {
        assertThat(InstantRange.contains(Instant.parse("-0001-01-01T00:00:00Z"))).isFalse();
        assertThatThrownBy(() -> Payloads.read("{\"at\":\"-0001-01-01T00:00:00Z\"}", Stamp.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Payloads.read("{\"at\":-62198755200}", Stamp.class)) // as epoch seconds
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(InstantRange.problem("createdAt")).startsWith("createdAt must be an instant from 2000-01-01T00:00:00Z");
    }
}

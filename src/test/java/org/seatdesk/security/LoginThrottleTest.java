package org.seatdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seatdesk.testing.MutableClock;

/// Security baseline (design.md): growing delays after failed logins, reset by a success,
/// reported to the caller instead of slept.
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T02:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private Duration failAndAskWait(String staffNo) {
        throttle.failed(staffNo);
        return throttle.waitBeforeAttempt(staffNo);
    }

    @Test
    void unknownPersonMayTryAtOnce() {
        assertThat(throttle.waitBeforeAttempt("A001")).isZero();
    }

    @Test
    void firstTwoFailuresCostNoWaitingAndThenDelaysDoubleUpToOneMinute() {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            waits.add(failAndAskWait("A001"));
            clock.advance(waits.getLast()); // the person waits exactly as long as told, then fails again
        }
        assertThat(waits).extracting(Duration::toSeconds)
                .containsExactly(0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void waitShrinksAsTimePassesAndEndsExactlyAtTheAllowedInstant() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("A001");
        }
        assertThat(throttle.waitBeforeAttempt("A001")).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofMillis(2500));
        assertThat(throttle.waitBeforeAttempt("A001")).isEqualTo(Duration.ofMillis(1500));
        clock.advance(Duration.ofMillis(1500));
        assertThat(throttle.waitBeforeAttempt("A001")).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.waitBeforeAttempt("A001")).isZero();
    }

    @Test
    void successResetsTheDelaysCompletely() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("A001");
        }
        assertThat(throttle.waitBeforeAttempt("A001")).isPositive();
        throttle.succeeded("A001");
        assertThat(throttle.waitBeforeAttempt("A001")).isZero();
        // counting starts again: the next failure is a first failure
        assertThat(failAndAskWait("A001")).isZero();
        assertThat(failAndAskWait("A001")).isZero();
        assertThat(failAndAskWait("A001")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void oneStaffNumberIsThrottledWhateverItsCaseOrSurroundingSpaces() {
        for (int i = 0; i < 3; i++) {
            throttle.failed(i % 2 == 0 ? " a001 " : "A001");
        }
        assertThat(throttle.waitBeforeAttempt("a001")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBeforeAttempt("A001")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void failuresOfOnePersonDoNotSlowDownAnother() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("A001");
        }
        assertThat(throttle.waitBeforeAttempt("A002")).isZero();
    }

    @Test
    void throttleNeverSleepsEvenWhenItAsksForTheLongestWait() {
        // the UI thread must stay responsive: a minute's delay is returned at once, never waited out
        Duration wait = assertTimeout(Duration.ofMillis(500), () -> {
            for (int i = 0; i < 50; i++) {
                throttle.failed("A001");
            }
            return throttle.waitBeforeAttempt("A001");
        });
        assertThat(wait).isEqualTo(Duration.ofSeconds(60));
    }
    // ADR 0036: throttle the attacker, not the person.

    @Test
    void fiftyFailuresFromOneAddressDoNotSlowTheRightPasswordFromAnother() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("A001", "10.0.0.66");
            clock.advance(throttle.waitBeforeAttempt("A001", "10.0.0.66")); // every one checked, none skipped
        }
        assertThat(throttle.waitBeforeAttempt("A001", "10.0.0.7")).as("the person's seat, never used before").isZero();
        throttle.succeeded("A001", "10.0.0.7");
        assertThat(throttle.waitBeforeAttempt("A001", "10.0.0.7")).isZero();
    }

    @Test
    void oneAddressIsThrottledWithDelaysThatNeverPassOneMinute() {
        Duration longest = Duration.ZERO;
        for (int i = 0; i < 200; i++) {
            throttle.failed("A001", "10.0.0.66");
            Duration wait = throttle.waitBeforeAttempt("A001", "10.0.0.66");
            longest = wait.compareTo(longest) > 0 ? wait : longest;
            clock.advance(wait);
        }
        assertThat(longest).isEqualTo(LoginThrottle.MAX_DELAY);
        throttle.failed("A001", "10.0.0.66"); // the 201st, waited for like every one before it
        assertThat(throttle.waitBeforeAttempt("A001", "10.0.0.66")).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void aSuccessClearsOnlyItsOwnAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("A001", "10.0.0.66");
            throttle.failed("A001", "10.0.0.7");
        }
        throttle.succeeded("A001", "10.0.0.7");
        assertThat(throttle.waitBeforeAttempt("A001", "10.0.0.7")).isZero();
        assertThat(throttle.waitBeforeAttempt("A001", "10.0.0.66")).isPositive();
    }

    @Test
    void guessingFromManyAddressesSlowsUnknownAddressesAfterTheirFirstTryButNeverAKnownConsole() {
        throttle.succeeded("A002", "10.0.0.7"); // someone logged in at this console: a console of the centre
        for (int i = 0; i < 20; i++) {
            String address = "192.0.2." + i;
            assertThat(throttle.waitBeforeAttempt("A001", address)).as("a first try is never blocked").isZero();
            throttle.failed("A001", address);
        }
        assertThat(throttle.waitBeforeAttempt("A001", "192.0.2.19")).as("no free failures past the soft limit")
                .isPositive().isLessThanOrEqualTo(LoginThrottle.MAX_DELAY);
        assertThat(throttle.waitBeforeAttempt("A001", "192.0.2.0")).as("below it, three free ones as ever").isZero();
        throttle.failed("A001", "10.0.0.7"); // the person mistypes once at a known console
        assertThat(throttle.waitBeforeAttempt("A001", "10.0.0.7")).isZero();
    }

    @Test
    void failuresAreForgottenAQuarterOfAnHourAfterTheLast() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("A001", "10.0.0.66");
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.failed("A001", "10.0.0.66");
        assertThat(throttle.waitBeforeAttempt("A001", "10.0.0.66")).as("counted from one again").isZero();
    }
}

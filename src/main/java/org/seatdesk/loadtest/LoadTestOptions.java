package org.seatdesk.loadtest;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/// What one load test run does (`seatdesk loadtest`, docs/admin-guide.md "Sizing a hub").
///
/// @param hub the hub's address
/// @param seats simulated seats: each logs in with its own seat code (L001, L002, …) and pushes
/// @param duration how long the seats keep making new operations
/// @param rate the target rate of new operations over all seats, per second
/// @param staff the logins the seats use, round robin (several seats may share one)
/// @param password the password of those logins
/// @param verifyStaff the login that pulls the whole feed at the start and the end; it must see
///                    every region the seats write to (an HQ login)
/// @param verifyPassword its password
/// @param observers how many of the seats also hold an event stream and measure propagation
/// @param drain how long, after `duration`, unanswered operations are still retried
/// @param warmup how long the seats send, at the same rate, before `duration` begins; what they
///               make then is verified like the rest but not timed (a freshly started hub
///               compiles its hot paths in its first minute: ADR 0027)
public record LoadTestOptions(URI hub, int seats, Duration duration, double rate, List<String> staff, String password,
                              String verifyStaff, String verifyPassword, int observers, Duration drain, Duration warmup) {

    public static final int MAX_SEATS = 5_000;
    public static final Duration MAX_DURATION = Duration.ofHours(1);
    public static final double MAX_RATE = 10_000;
    public static final List<String> DEMO_STAFF = List.of("A001", "A002", "A003", "A004", "A005", "A006", "A007",
            "A008", "A009", "A010", "A011", "A012", "A013", "A014");
    public static final String DEMO_PASSWORD = "demo";
    /// The demo centre's centre director: HQ, so the feed it pulls has every region.
    public static final String DEMO_VERIFY_STAFF = "C001";

    public LoadTestOptions {
        if (seats < 1 || seats > MAX_SEATS) {
            throw new IllegalArgumentException("--seats must be 1 to " + MAX_SEATS + ", was " + seats);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("--duration must be 1 to " + MAX_DURATION.toSeconds() + " seconds");
        }
        if (!(rate > 0) || rate > MAX_RATE) {
            throw new IllegalArgumentException("--rate must be above 0 and at most " + (int) MAX_RATE + ", was " + rate);
        }
        if (observers < 0 || observers > seats) {
            throw new IllegalArgumentException("--observers must be 0 to --seats (" + seats + "), was " + observers);
        }
        if (warmup.isNegative() || warmup.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("--warmup must be 0 to " + MAX_DURATION.toSeconds() + " seconds");
        }
        staff = List.copyOf(staff);
        if (staff.isEmpty() || staff.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--staff needs at least one staff ID");
        }
    }

    /// Against a hub started with `--demo`: the demo agents, the demo password, C001 verifies,
    /// at most 50 observers, 30 s of drain.
    public static LoadTestOptions demo(URI hub, int seats, Duration duration, double rate) {
        return new LoadTestOptions(hub, seats, duration, rate, DEMO_STAFF, DEMO_PASSWORD, DEMO_VERIFY_STAFF,
                DEMO_PASSWORD, defaultObservers(seats), Duration.ofSeconds(30), Duration.ZERO);
    }

    public static int defaultObservers(int seats) {
        return Math.min(seats, 50);
    }

    public LoadTestOptions withDrain(Duration newDrain) {
        return new LoadTestOptions(hub, seats, duration, rate, staff, password, verifyStaff, verifyPassword, observers,
                newDrain, warmup);
    }

    public LoadTestOptions withWarmup(Duration newWarmup) {
        return new LoadTestOptions(hub, seats, duration, rate, staff, password, verifyStaff, verifyPassword, observers,
                drain, newWarmup);
    }
}

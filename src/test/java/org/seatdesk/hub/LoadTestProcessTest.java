package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.loadtest.LoadTest;
import org.seatdesk.loadtest.LoadTestOptions;
import org.seatdesk.loadtest.LoadTestReport;

/// The load test (`seatdesk loadtest`) in this JVM against a real hub process started with
/// `--demo`: its report, and a run through a `kill -9` and restart of the hub.
class LoadTestProcessTest {

    @Test
    void fiveSeatsForThreeSecondsLoseNothingAndPropagateWellUnderASecond(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            LoadTestReport report = new LoadTest(LoadTestOptions.demo(hub.base, 5, Duration.ofSeconds(3), 20)).run();

            JsonNode json = new ObjectMapper().readTree(report.toJson());
            List<String> fields = new ArrayList<>();
            json.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("seats", "ops_sent", "ops_acked", "ops_lost", "ops_duplicated",
                    "propagation_ms", "hub_ops_per_s", "errors");
            List<String> percentiles = new ArrayList<>();
            json.get("propagation_ms").fieldNames().forEachRemaining(percentiles::add);
            assertThat(percentiles).containsExactly("p50", "p99", "max");

            assertThat(json.get("seats").asInt()).isEqualTo(5);
            assertThat(json.get("ops_acked").asLong()).as(report.summary()).isPositive();
            assertThat(json.get("ops_sent").asLong()).isGreaterThanOrEqualTo(json.get("ops_acked").asLong());
            assertThat(json.get("ops_lost").asLong()).as(report.summary()).isZero();
            assertThat(json.get("ops_duplicated").asLong()).as(report.summary()).isZero();
            assertThat(json.get("errors").asLong()).as(report.summary()).isZero();
            assertThat(json.get("hub_ops_per_s").asDouble()).isPositive();
            double p50 = json.get("propagation_ms").get("p50").asDouble();
            double p99 = json.get("propagation_ms").get("p99").asDouble();
            double max = json.get("propagation_ms").get("max").asDouble();
            assertThat(p50).as(report.summary()).isPositive().isLessThanOrEqualTo(p99);
            assertThat(p99).as(report.summary()).isLessThanOrEqualTo(max).isLessThan(1000);

            // A second run on the same hub continues the seats' ticket counters: no number is refused.
            LoadTestReport again = new LoadTest(LoadTestOptions.demo(hub.base, 2, Duration.ofSeconds(1), 10)).run();
            assertThat(again.details().rejected()).as(again.summary()).isZero();
            assertThat(again.opsLost() + again.opsDuplicated()).as(again.summary()).isZero();
        }
    }

    /// ADR 0027: what the seats make during the warm-up is verified like the rest but not timed.
    @Test
    void operationsOfTheWarmUpAreVerifiedButNotTimed(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            // 4 seats at 20 ops/s: 3 s of warm-up, then 1 s timed — about 60 ops untimed, 20 timed
            LoadTestOptions options = LoadTestOptions.demo(hub.base, 4, Duration.ofSeconds(1), 20)
                    .withWarmup(Duration.ofSeconds(3));
            LoadTestReport report = new LoadTest(options).run();

            assertThat(report.opsAcked()).as(report.summary()).isGreaterThanOrEqualTo(60);
            assertThat(report.opsLost() + report.opsDuplicated()).as(report.summary()).isZero();
            // each timed op is seen by the 3 observers that did not make it; timing the warm-up too
            // would give about 240 samples
            assertThat(report.propagation().samples()).as(report.summary())
                    .isPositive().isLessThanOrEqualTo(3 * report.opsAcked() / 2);
            assertThat(report.details().pushRoundTrip().samples()).as(report.summary())
                    .isPositive().isLessThanOrEqualTo(report.opsAcked() / 2);
        }
    }

    @Test
    void aHubKilledAndRestartedMidRunLosesAndDuplicatesNothing(@TempDir Path dir) throws Exception {
        int port = HubProcess.freePort();
        Path data = dir.resolve("hub");
        HubProcess hub = HubProcess.start(data, port, "--demo");
        HubProcess back = null;
        try {
            LoadTestOptions options = LoadTestOptions.demo(hub.base, 5, Duration.ofSeconds(7), 25)
                    .withDrain(Duration.ofSeconds(25));
            CompletableFuture<LoadTestReport> run = new CompletableFuture<>();
            Thread.ofVirtual().start(() -> {
                try {
                    run.complete(new LoadTest(options).run());
                } catch (Throwable e) {
                    run.completeExceptionally(e);
                }
            });
            Thread.sleep(2_500); // logins (~1 s) and about a second of pushing
            hub.kill();
            back = HubProcess.start(data, port, "--demo");

            LoadTestReport report = run.get(60, TimeUnit.SECONDS);
            assertThat(report.opsAcked()).as(report.summary()).isPositive();
            assertThat(report.errors()).as("the restart was noticed: " + report.summary()).isPositive();
            assertThat(report.details().unanswered()).as(report.summary()).isZero();
            assertThat(report.opsAcked()).as(report.summary()).isEqualTo(report.opsSent());
            assertThat(report.opsLost()).as(report.summary()).isZero();
            assertThat(report.opsDuplicated()).as(report.summary()).isZero();
        } finally {
            if (back != null) {
                back.close();
            }
            hub.close();
        }
    }
}

package org.seatdesk.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.seatdesk.loadtest.LoadTestOptions;
import org.seatdesk.store.BenchSchema;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubWire.LoginAnswer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// Hub throughput with batched push (issue 4: ≥ 5,000 durable ops/s on H2, ≥ 4,000 on
/// PostgreSQL). Starts a real hub process (`hub --demo`, ADR 0019) on H2 in the bench folder or in
/// a fresh schema of the given PostgreSQL database; `--clients` clients log in as demo agents and
/// push batches of ticket CREATE / UPDATE / event APPEND over HTTP, each waiting for its answer
/// (the hub answers after its commit). Counts the operations accepted during `--seconds` after a
/// warm-up, reads the hub's processor time over the same window, and at the end pulls the whole
/// feed to check that every acknowledged operation is there exactly once.
@Command(name = "hub-throughput", mixinStandardHelpOptions = true,
        description = "Durable ops/s of a real hub process under batched push (H2 or PostgreSQL).")
final class HubThroughputBench implements Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Mixin
    HubBenchOptions hubOptions;

    @Option(names = "--batch", defaultValue = "500", description = "Operations per push (the hub takes at most 500; default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent pushing clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Seconds of pushing before the measurement (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--target", defaultValue = "0", description = "Exit 1 when below this many ops/s (default: 5000 on H2, 4000 on PostgreSQL)")
    int target;

    @Override
    public Integer call() throws Exception {
        if (batch < 1 || batch > 500 || clients < 1 || clients > LoadTestOptions.DEMO_STAFF.size() || seconds < 1 || warmup < 0) {
            System.err.println("--batch 1..500, --clients 1.." + LoadTestOptions.DEMO_STAFF.size() + ", --seconds ≥ 1, --warmup ≥ 0");
            return 2;
        }
        boolean h2 = hubOptions.h2();
        Map<String, Object> report = BenchRun.header("hub-throughput");
        report.put("database", h2 ? "h2" : "postgresql");
        report.put("batch", batch);
        report.put("clients", clients);
        report.put("hub_jvm", hubOptions.hubJvm);
        try (BenchRun run = BenchRun.create(options);
             BenchSchema schema = hubOptions.schema();
             BenchHub hub = hubOptions.start(run, schema);
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .connectTimeout(Duration.ofSeconds(5)).build();
             ExecutorService threads = Executors.newFixedThreadPool(clients)) {
            List<PushClient> pushers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                HubClient client = new HubClient(http, hub.base, Duration.ofSeconds(60));
                String seat = "B%02d".formatted(i + 1);
                LoginAnswer me = client.login(new HubCredentials(LoadTestOptions.DEMO_STAFF.get(i), LoadTestOptions.DEMO_PASSWORD, seat));
                pushers.add(new PushClient(client, me, seat, options.seed + i, ZoneId.of("Asia/Shanghai")));
            }
            long warmEnd = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
            long end = warmEnd + Duration.ofSeconds(seconds).toNanos();
            AtomicLong measured = new AtomicLong();
            AtomicLong measuredBatches = new AtomicLong();
            double[] hubCpuAtWarmEnd = {Double.NaN};
            List<Future<long[]>> done = new ArrayList<>();
            for (PushClient pusher : pushers) {
                done.add(threads.submit(() -> loop(pusher, warmEnd, end, measured, measuredBatches)));
            }
            long benchCpuStart = 0;
            sleepUntil(warmEnd);
            hubCpuAtWarmEnd[0] = hub.cpuSeconds();
            benchCpuStart = BenchRun.processCpuNanos();
            sleepUntil(end);
            double hubCpu = hub.cpuSeconds() - hubCpuAtWarmEnd[0];
            double benchCpu = (BenchRun.processCpuNanos() - benchCpuStart) / 1e9;
            List<Long> latencies = new ArrayList<>();
            for (Future<long[]> f : done) {
                Arrays.stream(f.get()).forEach(latencies::add);
            }
            long ops = measured.get();
            double perSecond = ops / (double) seconds;
            report.put("seconds", seconds);
            report.put("ops_accepted_in_window", ops);
            report.put("batches_in_window", measuredBatches.get());
            report.put("ops_per_s", Math.round(perSecond));
            report.put("batch_ms", Stats.ofNanos(latencies.stream().mapToLong(Long::longValue).toArray()).toMap());
            report.put("hub_cpu_s", round(hubCpu));
            report.put("hub_cpu_us_per_op", ops == 0 ? null : Math.round(hubCpu * 1e6 / ops));
            report.put("bench_cpu_s", round(benchCpu));
            report.put("ops_per_hub_cpu_s", hubCpu > 0 ? Math.round(ops / hubCpu) : null);
            long rejected = pushers.stream().mapToLong(p -> p.rejected).sum();
            report.put("ops_not_accepted", rejected);
            pushers.stream().map(p -> p.firstProblem).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(p -> report.put("first_problem", p));
            HubClient hq = new HubClient(http, hub.base, Duration.ofSeconds(60));
            hq.login(new HubCredentials(LoadTestOptions.DEMO_VERIFY_STAFF, LoadTestOptions.DEMO_PASSWORD, "BENCH"));
            FeedCheck.Result check = FeedCheck.verify(hq, pushers.stream().flatMap(p -> p.acked.stream()).toList());
            report.put("verification", check.toMap());
            BenchRun.print(report, options.json);
            int limit = target > 0 ? target : h2 ? 5000 : 4000;
            boolean correct = check.lost() == 0 && check.duplicated() == 0 && rejected == 0;
            return !correct ? 3 : perSecond >= limit ? 0 : 1;
        }
    }

    /// Pushes batches until `end`. A batch counts its accepted ops in proportion to the part of
    /// its round trip inside `[warmEnd, end]` (most batches lie wholly inside); returns the round
    /// trips of the batches wholly inside.
    private long[] loop(PushClient pusher, long warmEnd, long end, AtomicLong measured, AtomicLong batches) {
        List<Long> nanos = new ArrayList<>();
        long sent;
        while ((sent = System.nanoTime()) < end) {
            int accepted = pusher.pushBatch(batch);
            long answered = System.nanoTime();
            long inside = Math.min(answered, end) - Math.max(sent, warmEnd);
            if (inside > 0) {
                measured.addAndGet(Math.round(accepted * (double) inside / Math.max(1, answered - sent)));
                batches.incrementAndGet();
            }
            if (sent >= warmEnd && answered <= end) {
                nanos.add(answered - sent);
            }
        }
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

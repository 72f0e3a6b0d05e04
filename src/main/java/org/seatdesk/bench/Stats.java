package org.seatdesk.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/// Latency figures of one measured series, in milliseconds (nearest-rank percentiles).
record Stats(int n, double p50, double p90, double p99, double max, double mean) {

    static Stats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Stats(0, 0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, ms(rank(sorted, 50)), ms(rank(sorted, 90)), ms(rank(sorted, 99)),
                ms(sorted[sorted.length - 1]), ms((long) Arrays.stream(sorted).average().orElse(0)));
    }

    private static long rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", n);
        map.put("p50_ms", p50);
        map.put("p90_ms", p90);
        map.put("p99_ms", p99);
        map.put("max_ms", max);
        map.put("mean_ms", mean);
        return map;
    }

    @Override
    public String toString() {
        return "n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms mean=%.2f ms".formatted(n, p50, p90, p99, max, mean);
    }
}

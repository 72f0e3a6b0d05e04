package org.seatdesk.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.seatdesk.kb.ArticleIndex;
import org.seatdesk.kb.Pinyin;
import org.seatdesk.kb.SearchResults;
import org.seatdesk.kb.TextAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// Knowledge-base search at scale (R-KB-4; docs/performance.md): generates `--articles`, builds
/// the seat's index from them in a fresh folder, runs a fixed query set (Chinese words, pinyin,
/// initials, English, typos, prefixes as typed) — each query the whole search a keystroke
/// triggers, highlighting included — and measures recall@10 on a labelled subset.
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Knowledge-base index build time, query latency and recall on a generated corpus.")
final class KbBench implements Callable<Integer> {

    /// What agents type, by kind: realistic, and each kind exercising another part of the query.
    static final Map<String, List<String>> QUERIES = Map.of(
            "chinese", List.of("刷卡无响应", "签购单", "热敏纸申领", "结算失败", "主管密码", "重复扣款", "通讯", "商户名称变更",
                    "银行卡被拒", "二维码"),
            "pinyin", List.of("shuaka", "jiesuan", "dayin", "mimajianpan", "yinhangka", "tongxun", "shanfu", "chexiao"),
            "initials", List.of("sk", "js", "dy", "mmjp", "yhk", "qgd"),
            "english", List.of("printer jams", "refunds", "terminal not responding", "paper rolls", "contactless payment",
                    "supervisor password", "settlement fails"),
            "typo", List.of("priner", "termnal", "setlement", "recept", "batery", "conection"),
            "prefix", List.of("shua", "打印", "prin", "consum", "ji"));

    @Mixin
    BenchOptions options;

    @Option(names = "--articles", defaultValue = "100000", description = "Articles in the corpus (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--runs", defaultValue = "30", description = "Timed runs of each query (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed runs of each query first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (articles < 100) {
            throw new IllegalArgumentException("--articles must be at least 100");
        }
        Map<String, Object> report = BenchRun.header("kb");
        try (BenchRun run = BenchRun.create(options)) {
            long generating = System.nanoTime();
            KbCorpus corpus = KbCorpus.generate(articles, options.seed, UUID.randomUUID(), Instant.now());
            report.put("articles", corpus.articles.size());
            report.put("generate_s", seconds(System.nanoTime() - generating));
            Path indexDir = run.dir.resolve("kb-index");
            try (TextAnalysis analysis = new TextAnalysis();
                 ArticleIndex index = new ArticleIndex(indexDir, analysis, new Pinyin())) {
                long building = System.nanoTime();
                long cpuBefore = processCpuNanos();
                index.rebuild(corpus.articles, "bench");
                report.put("index_build_s", seconds(System.nanoTime() - building));
                // CPU time beside wall time: on a shared machine the wall time is mostly waiting.
                report.put("index_build_cpu_s", seconds(processCpuNanos() - cpuBefore));
                report.put("index_docs", index.size());
                report.put("index_mb", Math.round(sizeOf(indexDir) / 1024.0 / 1024.0 * 10) / 10.0);
                measure(index, report);
                report.put("recall_at_10", recall(index, corpus, report));
            }
        }
        BenchRun.print(report, options.json);
        return 0;
    }

    private void measure(ArticleIndex index, Map<String, Object> report) {
        List<Long> all = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Object> perKind = new LinkedHashMap<>();
        int queries = 0;
        for (String kind : List.of("chinese", "pinyin", "initials", "english", "typo", "prefix")) {
            List<Long> times = new ArrayList<>();
            for (int round = 0; round < warmup + runs; round++) {
                for (String q : QUERIES.get(kind)) {
                    long started = System.nanoTime();
                    long cpuStarted = threads.getCurrentThreadCpuTime();
                    index.search(q, null, 12); // as the console asks: a screenful, highlighted
                    if (round >= warmup) {
                        times.add(System.nanoTime() - started);
                        cpu.add(threads.getCurrentThreadCpuTime() - cpuStarted);
                    }
                }
            }
            queries += QUERIES.get(kind).size();
            perKind.put(kind, Stats.ofNanos(SaveBench.toArray(times)).toMap());
            all.addAll(times);
        }
        Stats overall = Stats.ofNanos(SaveBench.toArray(all));
        report.put("queries", queries);
        report.put("timed_searches", all.size());
        report.put("query_p50_ms", overall.p50());
        report.put("query_p99_ms", overall.p99());
        report.put("query_max_ms", overall.max());
        Stats onCpu = Stats.ofNanos(SaveBench.toArray(cpu));
        report.put("query_cpu_p50_ms", onCpu.p50());
        report.put("query_cpu_p99_ms", onCpu.p99());
        report.put("kinds", perKind);
        report.put("target_query_p99_ms", 10);
        report.put("target_index_build_s", 60);
    }

    /// Share of labelled queries whose needle is among the first 10 results.
    private static double recall(ArticleIndex index, KbCorpus corpus, Map<String, Object> report) {
        int found = 0;
        List<String> missed = new ArrayList<>();
        Map<String, int[]> byKind = new LinkedHashMap<>();
        for (KbCorpus.Labelled l : corpus.labelled) {
            SearchResults r = index.search(l.query(), null, 10);
            int[] counts = byKind.computeIfAbsent(l.kind(), k -> new int[2]);
            counts[1]++;
            if (r.hits().stream().anyMatch(h -> h.id().equals(l.expected()))) {
                found++;
                counts[0]++;
            } else {
                missed.add(l.kind() + ":" + l.query());
            }
        }
        Map<String, Object> perKind = new LinkedHashMap<>();
        byKind.forEach((kind, c) -> perKind.put(kind, c[0] + "/" + c[1]));
        report.put("recall_labelled_queries", corpus.labelled.size());
        report.put("recall_by_kind", perKind);
        report.put("recall_missed", missed);
        return Math.round(1000.0 * found / corpus.labelled.size()) / 1000.0;
    }

    private static long sizeOf(Path dir) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }
}

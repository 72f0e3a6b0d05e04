package org.seatdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

    @Option(names = "--index", paramLabel = "DIR",
            description = "Keep the index in DIR and reuse it when it holds the same corpus (--articles, --seed) in the current layout: query work without the build")
    Path keptIndex;

    @Override
    public Integer call() throws Exception {
        if (articles < 100) {
            throw new IllegalArgumentException("--articles must be at least 100");
        }
        Map<String, Object> report = BenchRun.header("kb");
        try (BenchRun run = BenchRun.create(options)) {
            KbCorpus corpus = KbCorpus.of(articles, options.seed, UUID.randomUUID(), Instant.now());
            long generating = System.nanoTime();
            corpus.labelled(); // one pass that keeps nothing: what generating costs the build below
            report.put("articles", corpus.size());
            report.put("generate_s", seconds(System.nanoTime() - generating));
            Path indexDir = keptIndex != null ? keptIndex : run.dir.resolve("kb-index");
            String fingerprint = "bench " + articles + " " + options.seed;
            try (TextAnalysis analysis = new TextAnalysis();
                 ArticleIndex index = new ArticleIndex(indexDir, analysis, new Pinyin())) {
                if (index.isCurrent(fingerprint)) {
                    report.put("index_reused", indexDir.toString());
                } else {
                    long building = System.nanoTime();
                    long cpuBefore = processCpuNanos();
                    // generated again as the index takes them (generate_s of it is the bench's)
                    index.rebuild(corpus::forEach, fingerprint);
                    report.put("index_build_s", seconds(System.nanoTime() - building));
                    // CPU time beside wall time: on a shared machine the wall time is mostly waiting.
                    report.put("index_build_cpu_s", seconds(processCpuNanos() - cpuBefore));
                }
                report.put("index_docs", index.size());
                report.put("index_mb", Math.round(sizeOf(indexDir) / 1024.0 / 1024.0 * 10) / 10.0);
                measure(index, report);
                report.put("recall_at_10", recall(index, corpus, report));
            }
        }
        BenchRun.print(report, options.json);
        return 0;
    }

    /// Each timed search on the wall clock and on the processor time of the searching thread, in
    /// all and by phase (parse, search, highlight), per kind of query; the slowest queries by their
    /// processor p99 name what to work on.
    private void measure(ArticleIndex index, Map<String, Object> report) {
        List<Long> all = new ArrayList<>();
        Series cpu = new Series();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Object> perKind = new LinkedHashMap<>();
        Map<String, List<Long>> perQuery = new LinkedHashMap<>();
        int queries = 0;
        for (String kind : List.of("chinese", "pinyin", "initials", "english", "typo", "prefix")) {
            List<Long> times = new ArrayList<>();
            Series kindCpu = new Series();
            for (int round = 0; round < warmup + runs; round++) {
                for (String q : QUERIES.get(kind)) {
                    long started = System.nanoTime();
                    long cpuStarted = threads.getCurrentThreadCpuTime();
                    // as the console asks: a screenful, highlighted
                    SearchResults r = index.search(q, null, 12, threads::getCurrentThreadCpuTime);
                    long cpuTaken = threads.getCurrentThreadCpuTime() - cpuStarted;
                    if (round >= warmup) {
                        times.add(System.nanoTime() - started);
                        cpu.add(cpuTaken, r.phases());
                        kindCpu.add(cpuTaken, r.phases());
                        perQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(cpuTaken);
                    }
                }
            }
            queries += QUERIES.get(kind).size();
            Map<String, Object> figures = Stats.ofNanos(SaveBench.toArray(times)).toMap();
            figures.put("cpu", kindCpu.toMap());
            perKind.put(kind, figures);
            all.addAll(times);
        }
        Stats overall = Stats.ofNanos(SaveBench.toArray(all));
        report.put("queries", queries);
        report.put("timed_searches", all.size());
        report.put("query_p50_ms", overall.p50());
        report.put("query_p99_ms", overall.p99());
        report.put("query_max_ms", overall.max());
        Stats onCpu = Stats.ofNanos(SaveBench.toArray(cpu.total));
        report.put("query_cpu_p50_ms", onCpu.p50());
        report.put("query_cpu_p99_ms", onCpu.p99());
        report.put("query_cpu", cpu.toMap());
        report.put("kinds", perKind);
        List<Map.Entry<String, Double>> slowest = perQuery.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), Stats.ofNanos(SaveBench.toArray(e.getValue())).p99()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8).toList();
        Map<String, Object> slow = new LinkedHashMap<>();
        slowest.forEach(e -> slow.put(e.getKey(), e.getValue()));
        report.put("slowest_queries_cpu_p99_ms", slow);
        report.put("target_query_p99_ms", 10);
        report.put("target_index_build_s", 60);
    }

    /// Processor time of searches, in all and by phase.
    private static final class Series {
        final List<Long> total = new ArrayList<>();
        final List<Long> parse = new ArrayList<>();
        final List<Long> search = new ArrayList<>();
        final List<Long> highlight = new ArrayList<>();

        void add(long taken, SearchResults.Phases phases) {
            total.add(taken);
            parse.add(phases.parse());
            search.add(phases.search());
            highlight.add(phases.highlight());
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("total", brief(total));
            map.put("parse", brief(parse));
            map.put("search", brief(search));
            map.put("highlight", brief(highlight));
            return map;
        }

        private static String brief(List<Long> nanos) {
            Stats s = Stats.ofNanos(SaveBench.toArray(nanos));
            return "p50 %.2f / p99 %.2f / max %.2f ms".formatted(s.p50(), s.p99(), s.max());
        }
    }

    /// Share of labelled queries whose needle is among the first 10 results.
    private static double recall(ArticleIndex index, KbCorpus corpus, Map<String, Object> report) {
        int found = 0;
        List<String> missed = new ArrayList<>();
        Map<String, int[]> byKind = new LinkedHashMap<>();
        for (KbCorpus.Labelled l : corpus.labelled()) {
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
        report.put("recall_labelled_queries", corpus.labelled().size());
        report.put("recall_by_kind", perKind);
        report.put("recall_missed", missed);
        return Math.round(1000.0 * found / corpus.labelled().size()) / 1000.0;
    }

    private static long sizeOf(Path dir) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }
}

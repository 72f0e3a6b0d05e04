package org.seatdesk.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/// The seat's Lucene index of live articles (R-KB-4), in its data directory. Written by one
/// thread at a time (the caller serialises: {@link KnowledgeBase} uses a single index thread),
/// searched from any thread through near-real-time readers: an article put here is searchable
/// as soon as {@link #put} returns. The commit records the fingerprint of the database state it
/// holds, so a restart reuses a current index and rebuilds a stale one.
public final class ArticleIndex implements AutoCloseable {

    private static final String FINGERPRINT = "kb.fingerprint";
    /// Bumped when the document layout or analysis changes: an older index is rebuilt.
    private static final String LAYOUT = "kb.layout";
    private static final String LAYOUT_VERSION = "2"; // 2: whole-word initials (pywi)
    /// Hits are counted exactly up to here, then only "at least": counting every match of a
    /// common word (刷卡) would score every one of them, while block-max WAND skips the blocks
    /// that cannot reach the top (the status line shows "1000+").
    public static final int TOTAL_HITS_THRESHOLD = 1000;
    /// Articles handed to a build worker at a time.
    private static final int BUILD_BATCH = 64;
    /// The stored fields a result shows (the rest, e.g. tags and version, is never read per hit).
    private static final Set<String> DISPLAYED = Set.of(ArticleFields.ID, ArticleFields.SECTION, ArticleFields.CATEGORY,
            ArticleFields.LANGUAGE, ArticleFields.TITLE, ArticleFields.BODY);

    private final Path dir;
    /// Opened on first use, not with the console: opening Lucene (codecs, the writer, a
    /// near-real-time reader) loaded some hundreds of classes on the path to the first window,
    /// and the index is not needed before the agent searches (docs/performance.md, "Start-up pass 2").
    private Lucene lucene;
    private boolean closed;
    private final ArticleDocuments documents;
    private final Highlighter highlighter;
    private final TextAnalysis analysis;
    private final Pinyin pinyin;

    public ArticleIndex(Path dir, TextAnalysis analysis, Pinyin pinyin) {
        this.analysis = analysis;
        this.pinyin = pinyin;
        this.documents = new ArticleDocuments(analysis, pinyin);
        this.highlighter = new Highlighter(pinyin);
        this.dir = dir;
    }

    private record Lucene(Directory directory, IndexWriter writer, SearcherManager searchers) {
    }

    /// The index, opened by whichever thread needs it first.
    private synchronized Lucene lucene() {
        if (closed) {
            throw new IllegalStateException("the knowledge-base index in " + dir + " is closed");
        }
        if (lucene == null) {
            try {
                Directory directory = FSDirectory.open(dir);
                IndexWriterConfig config = new IndexWriterConfig(analysis.forIndex())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(16); // the console runs in a 160 MB heap (launcher)
                IndexWriter writer = new IndexWriter(directory, config);
                lucene = new Lucene(directory, writer, new SearcherManager(writer, null));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the knowledge-base index in " + dir, e);
            }
        }
        return lucene;
    }

    /// True if the last commit holds the state `fingerprint` describes.
    public boolean isCurrent(String fingerprint) {
        Map<String, String> data = commitData();
        return fingerprint.equals(data.get(FINGERPRINT)) && LAYOUT_VERSION.equals(data.get(LAYOUT));
    }

    /// Replaces the whole index with these articles (first start, or a stale index).
    public void rebuild(List<Article> articles, String fingerprint) {
        rebuild(articles::forEach, fingerprint);
    }

    /// Replaces the whole index with the articles `source` hands out one by one, without holding
    /// them all: a seat of 100,000 articles builds within the console's 160 MB heap (a list of
    /// them all left the collector thrashing). Uses every core: the analysis (segmentation,
    /// pinyin) is the cost, and IndexWriter takes documents from several threads at once.
    public void rebuild(Consumer<Consumer<Article>> source, String fingerprint) {
        IndexWriter writer = lucene().writer();
        io(() -> {
            writer.deleteAll();
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            BlockingQueue<List<Article>> batches = new ArrayBlockingQueue<>(4 * threads);
            try (ExecutorService pool = Executors.newFixedThreadPool(threads,
                    Thread.ofPlatform().name("seatdesk-kb-build-", 0).daemon(true).factory())) {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        for (List<Article> batch = batches.take(); !batch.isEmpty(); batch = batches.take()) {
                            for (Article a : batch) {
                                if (a.live()) {
                                    io(() -> writer.addDocument(documents.toDocument(a)));
                                }
                            }
                        }
                        return null;
                    }));
                }
                // The batch being filled (a one-element holder: the source's callback replaces it).
                List<List<Article>> handOver = new ArrayList<>(List.of(new ArrayList<>(BUILD_BATCH)));
                source.accept(a -> {
                    List<Article> current = handOver.getFirst();
                    current.add(a);
                    if (current.size() == BUILD_BATCH) {
                        hand(batches, current, workers);
                        handOver.set(0, new ArrayList<>(BUILD_BATCH));
                    }
                });
                if (!handOver.getFirst().isEmpty()) {
                    hand(batches, handOver.getFirst(), workers);
                }
                for (int t = 0; t < threads; t++) {
                    hand(batches, List.of(), workers); // one end mark per worker
                }
                for (Future<?> f : workers) {
                    try {
                        f.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while building the index", e);
                    } catch (ExecutionException e) {
                        throw new IOException("building the index failed", e.getCause());
                    }
                }
            }
            commit(fingerprint);
        });
    }

    /// Queues a batch for the build's workers; gives up when none is left to take it (they failed:
    /// the failure is reported when they are joined).
    private static void hand(BlockingQueue<List<Article>> batches, List<Article> batch, List<Future<?>> workers) {
        try {
            while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (workers.stream().allMatch(Future::isDone)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the index", e);
        }
    }

    /// Adds or replaces one article; a removed one leaves the index (R-KB-2).
    public void put(Article a) {
        Lucene l = lucene();
        IndexWriter writer = l.writer();
        SearcherManager searchers = l.searchers();
        io(() -> {
            if (a.live()) {
                writer.updateDocument(new Term(ArticleFields.ID, a.id().toString()), documents.toDocument(a));
            } else {
                writer.deleteDocuments(new Term(ArticleFields.ID, a.id().toString()));
            }
            searchers.maybeRefreshBlocking();
        });
    }

    public void remove(UUID id) {
        Lucene l = lucene();
        IndexWriter writer = l.writer();
        SearcherManager searchers = l.searchers();
        io(() -> {
            writer.deleteDocuments(new Term(ArticleFields.ID, id.toString()));
            searchers.maybeRefreshBlocking();
        });
    }

    /// Makes the changes since the last commit durable, with the state they bring the index to.
    public void commit(String fingerprint) {
        Lucene l = lucene();
        IndexWriter writer = l.writer();
        SearcherManager searchers = l.searchers();
        io(() -> {
            writer.setLiveCommitData(List.of(Map.entry(FINGERPRINT, fingerprint), Map.entry(LAYOUT, LAYOUT_VERSION)));
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    public int size() {
        SearcherManager searchers = lucene().searchers();
        IndexSearcher searcher = acquire(searchers);
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searchers, searcher);
        }
    }

    /// The best `limit` live articles for what the agent typed, titles and snippets highlighted;
    /// `section` null for all sections.
    public SearchResults search(String text, Section section, int limit) {
        return search(text, section, limit, System::nanoTime);
    }

    /// As {@link #search(String, Section, int)}, each phase (parse, search, highlight) timed by `clock`.
    public SearchResults search(String text, Section section, int limit, LongSupplier clock) {
        long started = System.nanoTime();
        long parsing = clock.getAsLong();
        QueryTerms terms = QueryTerms.of(text, analysis, pinyin);
        if (terms.isEmpty()) {
            return SearchResults.empty(text);
        }
        long searching = clock.getAsLong();
        SearcherManager searchers = lucene().searchers();
        IndexSearcher searcher = acquire(searchers);
        try {
            Found found = find(searcher, terms, section, limit);
            long highlighting = clock.getAsLong();
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(found.docs().size());
            for (ScoreDoc sd : found.docs()) {
                Document d = stored.document(sd.doc, DISPLAYED);
                hits.add(new SearchHit(UUID.fromString(d.get(ArticleFields.ID)), Section.valueOf(d.get(ArticleFields.SECTION)),
                        d.get(ArticleFields.CATEGORY), d.get(ArticleFields.LANGUAGE),
                        highlighter.highlight(d.get(ArticleFields.TITLE), terms),
                        highlighter.snippet(d.get(ArticleFields.BODY), terms), sd.score));
            }
            long done = clock.getAsLong();
            return new SearchResults(text, List.copyOf(hits), found.total(), found.totalAtLeast(),
                    (System.nanoTime() - started) / 1000,
                    new SearchResults.Phases(searching - parsing, highlighting - searching, done - highlighting));
        } catch (IOException e) {
            throw new UncheckedIOException("searching the knowledge-base index failed", e);
        } finally {
            release(searchers, searcher);
        }
    }

    private record Found(List<ScoreDoc> docs, long total, boolean totalAtLeast) {
    }

    /// Two passes (ADR 0022): the articles that name the words in title, tags or category; only if
    /// they fill less than `limit`, every article that mentions them, after those. Either way top-k: block-max WAND skips what cannot reach the page, and hits
    /// are counted only up to {@link #TOTAL_HITS_THRESHOLD}.
    private Found find(IndexSearcher searcher, QueryTerms terms, Section section, int limit) throws IOException {
        TopDocs named = top(searcher, inSection(QueryBuilder.named(terms), section), limit);
        if (named.scoreDocs.length >= limit) {
            // The articles that only mention the words were not counted: "at least".
            return new Found(List.of(named.scoreDocs), named.totalHits.value(), true);
        }
        TopDocs everywhere = top(searcher, inSection(QueryBuilder.all(terms), section), limit);
        List<ScoreDoc> docs = new ArrayList<>(List.of(named.scoreDocs));
        Set<Integer> seen = new HashSet<>();
        docs.forEach(d -> seen.add(d.doc));
        for (ScoreDoc d : everywhere.scoreDocs) {
            if (docs.size() < limit && seen.add(d.doc)) {
                docs.add(d);
            }
        }
        return new Found(docs, everywhere.totalHits.value(),
                everywhere.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
    }

    private static TopDocs top(IndexSearcher searcher, Query query, int limit) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(limit, TOTAL_HITS_THRESHOLD));
    }

    private static Query inSection(Query query, Section section) {
        if (section == null) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ArticleFields.SECTION, section.name())), BooleanClause.Occur.FILTER)
                .build();
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = lucene().writer().getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private static IndexSearcher acquire(SearcherManager searchers) {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void release(SearcherManager searchers, IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoWork {
        void run() throws IOException;
    }

    private static void io(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the knowledge-base index failed", e);
        }
    }

    @Override
    public void close() {
        Lucene open;
        synchronized (this) {
            closed = true;
            open = lucene;
        }
        if (open != null) {
            io(() -> {
                open.searchers().close();
                open.writer().close();
                open.directory().close();
            });
        }
    }
}

package org.seatdesk.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    private static final String LAYOUT_VERSION = "1";

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
                        .setRAMBufferSizeMB(16); // the console runs in a 256 MB heap (launcher)
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
    /// Uses every core: the analysis (segmentation, pinyin) is the cost, and IndexWriter takes
    /// documents from several threads at once.
    public void rebuild(List<Article> articles, String fingerprint) {
        IndexWriter writer = lucene().writer();
        io(() -> {
            writer.deleteAll();
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            try (ExecutorService pool = Executors.newFixedThreadPool(threads,
                    Thread.ofPlatform().name("seatdesk-kb-build-", 0).daemon(true).factory())) {
                List<Future<?>> parts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int part = t;
                    parts.add(pool.submit(() -> {
                        for (int i = part; i < articles.size(); i += threads) {
                            Article a = articles.get(i);
                            if (a.live()) {
                                io(() -> writer.addDocument(documents.toDocument(a)));
                            }
                        }
                    }));
                }
                for (Future<?> f : parts) {
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
        long started = System.nanoTime();
        QueryTerms terms = QueryTerms.of(text, analysis, pinyin);
        if (terms.isEmpty()) {
            return SearchResults.empty(text);
        }
        Query query = QueryBuilder.build(terms, analysis);
        if (section != null) {
            query = new BooleanQuery.Builder()
                    .add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(ArticleFields.SECTION, section.name())),
                            BooleanClause.Occur.FILTER)
                    .build();
        }
        SearcherManager searchers = lucene().searchers();
        IndexSearcher searcher = acquire(searchers);
        try {
            TopDocs top = searcher.search(query, limit);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                hits.add(new SearchHit(UUID.fromString(d.get(ArticleFields.ID)), Section.valueOf(d.get(ArticleFields.SECTION)),
                        d.get(ArticleFields.CATEGORY), d.get(ArticleFields.LANGUAGE),
                        highlighter.highlight(d.get(ArticleFields.TITLE), terms),
                        highlighter.snippet(d.get(ArticleFields.BODY), terms), sd.score));
            }
            return new SearchResults(text, List.copyOf(hits), top.totalHits.value(), (System.nanoTime() - started) / 1000);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the knowledge-base index failed", e);
        } finally {
            release(searchers, searcher);
        }
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

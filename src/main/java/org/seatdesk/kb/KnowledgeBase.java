package org.seatdesk.kb;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.seatdesk.sync.AppliedChanges;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.Payloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The knowledge base at a seat (R-KB-4): search over the local index, reading articles, pins,
/// recently used (links to tickets: {@link TicketLinks}). One index thread writes the index — the build on start and
/// the incremental updates after each synced page, in order — so they never race; searches
/// run on the caller's (background) thread against near-real-time readers. Blocking methods:
/// call them off the JavaFX thread.
public final class KnowledgeBase implements AppliedChanges, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
    public static final int RECENT_SHOWN = 10;
    private static final java.time.Duration FIRST_BUILD_WAIT = java.time.Duration.ofSeconds(10);

    private final ArticleRepository articles;
    private final UsageRepository usage;
    private final ArticleIndex index;
    private final Clock clock;
    private final ExecutorService indexThread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("seatdesk-kb-index").daemon(true).factory());
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private boolean started;

    public KnowledgeBase(ArticleRepository articles, UsageRepository usage, ArticleIndex index, Clock clock) {
        this.articles = articles;
        this.usage = usage;
        this.index = index;
        this.clock = clock;
    }

    /// Brings the index up to date with the database, in the background: reused if its commit
    /// matches the database, rebuilt otherwise (first start, or a crash between the two). The
    /// seat console calls it once it is ready, not before: opening Lucene is not on the path to
    /// the first queue (docs/performance.md, "Start-up pass 2"); the first search calls it too.
    public synchronized CompletableFuture<Void> start() {
        if (started) {
            return ready;
        }
        started = true;
        boolean queued = onIndexThread(() -> {
            try {
                String fingerprint = articles.fingerprint();
                if (!index.isCurrent(fingerprint)) {
                    long started = System.nanoTime();
                    index.rebuild(articles::forEachLive, fingerprint);
                    LOG.info("Built the knowledge-base index: {} articles in {} ms", index.size(),
                            (System.nanoTime() - started) / 1_000_000);
                }
                ready.complete(null);
            } catch (RuntimeException e) {
                LOG.error("Could not build the knowledge-base index", e);
                ready.completeExceptionally(e);
            }
        });
        if (!queued) {
            ready.completeExceptionally(new IllegalStateException("the knowledge base is closed"));
        }
        return ready;
    }

    /// Runs `task` on the index thread, in order; false when the knowledge base has been closed.
    /// A console can close as it turns ready (`demo --exit-when-ready` does, the instant ready is
    /// timed), or as a sync page commits: what was not indexed then is found at the next start,
    /// whose fingerprint no longer matches the index's (it rebuilds).
    private boolean onIndexThread(Runnable task) {
        try {
            indexThread.execute(task);
            return true;
        } catch (RejectedExecutionException closed) {
            return false;
        }
    }

    public CompletableFuture<Void> ready() {
        return ready;
    }

    /// After a synced page commits: the articles it published or removed, into the index (R-KB-2:
    /// a removed article leaves the search on this sync). Queued behind a build in progress.
    @Override
    public void committed(List<Change> changes) {
        List<Change> kb = changes.stream().filter(c -> "kb_article".equals(c.entity())).toList();
        if (kb.isEmpty()) {
            return;
        }
        onIndexThread(() -> {
            try {
                for (Change c : kb) {
                    if ("REMOVE".equals(c.kind())) {
                        index.remove(c.entityId());
                    } else if ("PUBLISH".equals(c.kind())) {
                        Article a = Payloads.read(c.payload(), Article.class);
                        index.put(a.asPublished(a.publishedAt()));
                    }
                }
                index.commit(articles.fingerprint());
            } catch (RuntimeException e) {
                // The fingerprint no longer matches: the next start rebuilds.
                LOG.error("Could not update the knowledge-base index with {} change(s)", kb.size(), e);
            }
        });
    }

    /// Live articles for what the agent typed, best first; `section` null for all. The first
    /// search starts the index if the console has not yet (it does so once it is ready), and
    /// waits a little for a build in progress rather than searching a half-built index.
    public SearchResults search(String text, Section section, int limit) {
        try {
            start().get(FIRST_BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // searched as it is: a failed build was logged; a long one is still running
        }
        return index.search(text, section, limit);
    }

    /// The article, noted as recently used by `staffId`.
    public Optional<Article> open(UUID id, UUID staffId) {
        Optional<Article> article = articles.find(id);
        article.filter(Article::live).ifPresent(a -> usage.opened(staffId, id, clock.instant()));
        return article;
    }

    public void pin(UUID staffId, UUID articleId) {
        usage.pin(staffId, articleId, clock.instant());
    }

    public void unpin(UUID staffId, UUID articleId) {
        usage.unpin(staffId, articleId);
    }

    public List<Article> pinned(UUID staffId) {
        return usage.pinned(staffId);
    }

    public List<Article> recent(UUID staffId) {
        return usage.recent(staffId, RECENT_SHOWN);
    }

    /// Lets a build or update in progress finish (it is never interrupted), then closes the index.
    @Override
    public void close() {
        indexThread.shutdown();
        try {
            indexThread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }
}

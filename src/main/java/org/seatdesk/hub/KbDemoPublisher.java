package org.seatdesk.hub;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.seatdesk.kb.Article;

/// Publishes the demo knowledge base at a `hub --demo` whose database has none of it: each
/// article as a `kb_article PUBLISH` change in the feed (centre-wide), exactly as an editor's
/// publication would be, so connected seats receive it like any other content. One transaction.
public final class KbDemoPublisher {

    private final HubStore store;
    private final Clock clock;

    public KbDemoPublisher(HubStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /// True if it published them (none of them was there yet).
    public boolean publishIfEmpty(List<Article> articles) {
        if (articles.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        return store.inTransaction(tx -> {
            long seq = tx.lockCounter();
            if (tx.kbArticle(articles.getFirst().id()).isPresent()) {
                return false;
            }
            for (Article article : articles) {
                Article published = article.asPublished(now);
                UUID opId = UUID.nameUUIDFromBytes(("seatdesk-demo/kb-publish/" + article.id()).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
                tx.publishKbArticle(published);
                tx.appendChange(new Change(++seq, "kb_article", article.id(), "PUBLISH", published.version(),
                        Change.EVERY_REGION, json(published)), null, opId, published.publishedBy(), now);
                tx.recordOp(opId, seq, published.publishedBy(), now);
            }
            tx.setCounter(seq);
            tx.notifyOtherHubs(seq);
            return true;
        });
    }

    private static String json(Article article) {
        try {
            return Json.MAPPER.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

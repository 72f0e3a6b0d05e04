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
        return publishIfEmpty(articles, null);
    }

    /// As above, with the articles' editorial history (R-KB-1, R-KB-2) first: the catalogue, the
    /// steps and the first versions, in the feed like an editor's, so the KB editor finds the
    /// published articles in the list and can revise them (the hub judges a REVISE step
    /// against the steps it holds).
    public boolean publishIfEmpty(List<Article> articles, org.seatdesk.demo.DemoEditorial.Records history) {
        if (articles.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        return store.inTransaction(tx -> {
            long seq = tx.lockCounter();
            if (tx.kbArticle(articles.getFirst().id()).isPresent()) {
                return false;
            }
            if (history != null) {
                KbEditorialTx kb = tx.kbEditorial();
                List<Object> records = new java.util.ArrayList<>(history.catalogue());
                records.addAll(history.steps());
                records.addAll(history.revisions());
                for (Object record : records) {
                    String entity;
                    UUID id;
                    UUID by;
                    switch (record) {
                        case org.seatdesk.kb.editorial.CatalogueEntry e -> {
                            kb.insert(e);
                            entity = org.seatdesk.kb.editorial.EditorialService.CATALOGUE;
                            id = e.id();
                            by = e.actorId();
                        }
                        case org.seatdesk.kb.editorial.Step step -> {
                            kb.insert(step);
                            entity = org.seatdesk.kb.editorial.EditorialService.STEP;
                            id = step.id();
                            by = step.actorId();
                        }
                        case org.seatdesk.kb.editorial.Revision r -> {
                            kb.insert(r);
                            entity = org.seatdesk.kb.editorial.EditorialService.REVISION;
                            id = r.id();
                            by = r.authorId();
                        }
                        default -> throw new IllegalArgumentException(record.toString());
                    }
                    UUID opId = UUID.nameUUIDFromBytes(("seatdesk-demo/kb-editorial/" + id).getBytes(
                            java.nio.charset.StandardCharsets.UTF_8));
                    tx.appendChange(new Change(++seq, entity, id, "APPEND", 0, Change.EVERY_REGION, json(record)), null,
                            opId, by, now);
                    tx.recordOp(opId, seq, by, now);
                }
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

    private static String json(Object record) {
        try {
            return Json.MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

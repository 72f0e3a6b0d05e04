package org.seatdesk.hub;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.ArticleLimits;

/// Decides `kb_article PUBLISH` and `REMOVE` (docs/hub-api.md; R-KB-2, R-KB-3). Only the KB
/// editor and the centre director publish (domain.md roles; {@link HubPolicy}). Articles are
/// centre-wide: their changes go to every region ({@link Change#EVERY_REGION}), never to the wall.
/// The hub stamps `publishedAt` / `removedAt` with its own time: R-KB-2 records when, by hub clock.
final class KbArticleRules {

    /// A change payload column is VARCHAR(20000) (hub_change, outbox).
    private static final int MAX_PAYLOAD = 20_000;

    private KbArticleRules() {
    }

    static PushService.Outcome decide(HubStore.PushTransaction tx, Caller caller, Operation op, Instant now) {
        if (!HubPolicy.mayPublishArticles(caller.role())) {
            return forbidden("the role " + caller.role() + " cannot publish or remove knowledge-base articles");
        }
        String unbacked = KbEditorialRules.articleOpProblem(tx.kbEditorial(), op);
        if (unbacked != null) {
            return invalid(unbacked);
        }
        return "PUBLISH".equals(op.kind()) ? publish(tx, caller, op, now) : remove(tx, op, now);
    }

    private static PushService.Outcome publish(HubStore.PushTransaction tx, Caller caller, Operation op, Instant now) {
        Article sent;
        try {
            sent = Json.MAPPER.treeToValue(op.payload(), Article.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return invalid("the payload is not an article");
        }
        String problem = ArticleLimits.problem(sent, op.entityId());
        if (problem != null) {
            return invalid(problem);
        }
        if (!sent.publishedBy().equals(caller.staffId())) {
            return forbidden("an article is published by the person logged in");
        }
        Article current = tx.kbArticle(sent.id()).orElse(null);
        if (current != null && sent.version() <= current.version()) {
            return invalid("version " + sent.version() + " is not newer than the published version " + current.version());
        }
        Article published = sent.asPublished(now);
        String payload = write(published);
        if (payload.length() > MAX_PAYLOAD) {
            return invalid("the article is longer than " + MAX_PAYLOAD + " characters as JSON");
        }
        return new PushService.Outcome.Accepted(() -> tx.publishKbArticle(published), published.version(),
                Change.EVERY_REGION, payload, null);
    }

    private static PushService.Outcome remove(HubStore.PushTransaction tx, Operation op, Instant now) {
        UUID id = op.entityId();
        Article current = tx.kbArticle(id).orElse(null);
        if (current == null) {
            return new PushService.Outcome.Rejected("not_found", "no such article");
        }
        if (!current.live()) {
            return invalid("the article was removed already at " + current.removedAt());
        }
        String payload = Json.MAPPER.createObjectNode().put("id", id.toString()).put("removedAt", now.toString()).toString();
        return new PushService.Outcome.Accepted(() -> tx.removeKbArticle(id, now), current.version(),
                Change.EVERY_REGION, payload, null);
    }

    private static PushService.Outcome invalid(String message) {
        return new PushService.Outcome.Rejected("invalid_request", message);
    }

    private static PushService.Outcome forbidden(String message) {
        return new PushService.Outcome.Rejected("forbidden", message);
    }

    private static String write(Article article) {
        try {
            return Json.MAPPER.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.KB_ARTICLE;
import static org.seatdesk.store.jooq.Tables.KB_PIN;
import static org.seatdesk.store.jooq.Tables.KB_RECENT;
import static org.seatdesk.store.jooq.Tables.TICKET_EVENT;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.UsageRepository;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.ticket.ArticleLink;
import org.seatdesk.ticket.TicketEvent;

/// Pins and recently opened articles of the agents at this seat (V6, seat-local), and links of
/// articles to tickets, kept as the tickets' history entries (KB_LINKED, synced; ADR 0022). The
/// V6 table kb_ticket_link is no longer written: its rows, seat-local, stay as they were.
public final class JooqUsageRepository implements UsageRepository {

    /// Recently opened rows kept per person; older ones are trimmed when a new one is written.
    private static final int RECENT_KEPT = 50;

    private final DSLContext dsl;

    public JooqUsageRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public void pin(UUID staffId, UUID articleId, Instant at) {
        dsl.insertInto(KB_PIN).set(KB_PIN.STAFF_ID, staffId).set(KB_PIN.ARTICLE_ID, articleId).set(KB_PIN.PINNED_AT, utc(at))
                .onDuplicateKeyIgnore().execute();
    }

    @Override
    public void unpin(UUID staffId, UUID articleId) {
        dsl.deleteFrom(KB_PIN).where(KB_PIN.STAFF_ID.eq(staffId), KB_PIN.ARTICLE_ID.eq(articleId)).execute();
    }

    @Override
    public List<Article> pinned(UUID staffId) {
        return dsl.select(KB_ARTICLE.fields()).from(KB_PIN).join(KB_ARTICLE).on(KB_ARTICLE.ID.eq(KB_PIN.ARTICLE_ID))
                .where(KB_PIN.STAFF_ID.eq(staffId), KB_ARTICLE.REMOVED_AT.isNull())
                .orderBy(KB_PIN.PINNED_AT.desc())
                .fetch(r -> JooqArticleRepository.toArticle(r.into(KB_ARTICLE)));
    }

    @Override
    public void opened(UUID staffId, UUID articleId, Instant at) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.insertInto(KB_RECENT).set(KB_RECENT.STAFF_ID, staffId).set(KB_RECENT.ARTICLE_ID, articleId)
                    .set(KB_RECENT.USED_AT, utc(at))
                    .onDuplicateKeyUpdate().set(KB_RECENT.USED_AT, utc(at)).execute();
            var keep = tx.select(KB_RECENT.ARTICLE_ID).from(KB_RECENT).where(KB_RECENT.STAFF_ID.eq(staffId))
                    .orderBy(KB_RECENT.USED_AT.desc()).limit(RECENT_KEPT).fetch(KB_RECENT.ARTICLE_ID);
            tx.deleteFrom(KB_RECENT).where(KB_RECENT.STAFF_ID.eq(staffId), KB_RECENT.ARTICLE_ID.notIn(keep)).execute();
        });
    }

    @Override
    public List<Article> recent(UUID staffId, int limit) {
        return dsl.select(KB_ARTICLE.fields()).from(KB_RECENT).join(KB_ARTICLE).on(KB_ARTICLE.ID.eq(KB_RECENT.ARTICLE_ID))
                .where(KB_RECENT.STAFF_ID.eq(staffId), KB_ARTICLE.REMOVED_AT.isNull())
                .orderBy(KB_RECENT.USED_AT.desc()).limit(limit)
                .fetch(r -> JooqArticleRepository.toArticle(r.into(KB_ARTICLE)));
    }

    @Override
    public boolean linkToTicket(TicketEvent event, UUID articleId, OutboxOperation op) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(TICKET_EVENT, linksOf(event.ticketId()).and(TICKET_EVENT.DETAIL.startsWith(articleId.toString())))) {
                return false;
            }
            tx.executeInsert(JooqTicketRepository.toRecord(event));
            OutboxWriter.append(tx, op);
            return true;
        });
    }

    @Override
    public List<UUID> linkedArticles(UUID ticketId) {
        return dsl.select(TICKET_EVENT.DETAIL).from(TICKET_EVENT).where(linksOf(ticketId))
                .orderBy(TICKET_EVENT.AT, TICKET_EVENT.ID).fetch(TICKET_EVENT.DETAIL).stream()
                .flatMap(detail -> ArticleLink.parse(detail).stream()).map(ArticleLink::articleId).distinct().toList();
    }

    private static org.jooq.Condition linksOf(UUID ticketId) {
        return TICKET_EVENT.TICKET_ID.eq(ticketId).and(TICKET_EVENT.KIND.eq(TicketEvent.Kind.KB_LINKED.name()));
    }
}

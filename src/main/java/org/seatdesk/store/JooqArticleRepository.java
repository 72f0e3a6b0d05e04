package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;
import static org.seatdesk.store.jooq.Tables.KB_ARTICLE;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.ArticleRepository;
import org.seatdesk.kb.Section;
import org.seatdesk.store.jooq.tables.records.KbArticleRecord;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.Payloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Published articles (kb_article, V6) at a seat; the same rows the hub keeps.
public final class JooqArticleRepository implements ArticleRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JooqArticleRepository.class);

    private final DSLContext dsl;

    public JooqArticleRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public Optional<Article> find(UUID id) {
        return dsl.selectFrom(KB_ARTICLE).where(KB_ARTICLE.ID.eq(id)).fetchOptional(JooqArticleRepository::toArticle);
    }

    @Override
    public List<Article> live() {
        return dsl.selectFrom(KB_ARTICLE).where(KB_ARTICLE.REMOVED_AT.isNull()).orderBy(KB_ARTICLE.SECTION, KB_ARTICLE.TITLE)
                .fetch(JooqArticleRepository::toArticle);
    }

    @Override
    public void forEachLive(Consumer<Article> each) {
        try (var cursor = dsl.selectFrom(KB_ARTICLE).where(KB_ARTICLE.REMOVED_AT.isNull()).fetchSize(500).fetchLazy()) {
            cursor.forEach(r -> each.accept(toArticle(r)));
        }
    }

    @Override
    public String fingerprint() {
        var r = dsl.select(count(), sum(KB_ARTICLE.VERSION), max(KB_ARTICLE.PUBLISHED_AT),
                        max(coalesce(KB_ARTICLE.REMOVED_AT, KB_ARTICLE.PUBLISHED_AT)),
                        count().filterWhere(KB_ARTICLE.REMOVED_AT.isNull()))
                .from(KB_ARTICLE).fetchSingle();
        return r.value1() + ":" + r.value2() + ":" + instant(r.value3()) + ":" + instant(r.value4()) + ":" + r.value5();
    }

    @Override
    public boolean seedIfEmpty(java.util.function.Supplier<List<Article>> articles) {
        return dsl.transactionResult(cfg -> {
            if (cfg.dsl().fetchExists(KB_ARTICLE)) {
                return false;
            }
            articles.get().forEach(a -> upsert(cfg.dsl(), a));
            return true;
        });
    }

    /// A `kb_article` change from the hub's feed (docs/hub-api.md): PUBLISH upserts when its
    /// version is newer than this seat's; REMOVE marks the row removed (R-KB-2: kept in history).
    /// True if a row was written.
    static boolean applyChange(DSLContext tx, Change change) {
        KbArticleRecord local = tx.selectFrom(KB_ARTICLE).where(KB_ARTICLE.ID.eq(change.entityId())).fetchOne();
        return switch (change.kind()) {
            case "PUBLISH" -> {
                if (local != null && local.getVersion() >= change.version()) {
                    yield false;
                }
                Article published = Payloads.read(change.payload(), Article.class);
                upsert(tx, published.asPublished(published.publishedAt()));
                yield true;
            }
            case "REMOVE" -> {
                if (local == null || local.getRemovedAt() != null) {
                    yield false;
                }
                Instant at = Payloads.read(change.payload().path("removedAt"), Instant.class); // InstantRange-checked
                yield tx.update(KB_ARTICLE).set(KB_ARTICLE.REMOVED_AT, utc(at)).where(KB_ARTICLE.ID.eq(change.entityId()))
                        .execute() == 1;
            }
            default -> {
                LOG.warn("Change {} has an unknown kb_article kind {}; skipped", change.seq(), change.kind());
                yield false;
            }
        };
    }

    /// Writes the article as it is (a PUBLISH passes it with removed_at cleared: a newer version brings it back).
    static void upsert(DSLContext tx, Article a) {
        KbArticleRecord r = toRecord(a);
        tx.insertInto(KB_ARTICLE).set(r).onDuplicateKeyUpdate().set(r).execute();
    }

    static void markRemoved(DSLContext tx, UUID id, Instant at) {
        tx.update(KB_ARTICLE).set(KB_ARTICLE.REMOVED_AT, utc(at)).where(KB_ARTICLE.ID.eq(id)).execute();
    }

    static Optional<Article> find(DSLContext tx, UUID id) {
        return tx.selectFrom(KB_ARTICLE).where(KB_ARTICLE.ID.eq(id)).fetchOptional(JooqArticleRepository::toArticle);
    }

    static KbArticleRecord toRecord(Article a) {
        return new KbArticleRecord(a.id(), a.section().name(), a.category(), a.title(), a.body(), a.language(),
                String.join(",", a.tags()), a.version(), utc(a.publishedAt()), utc(a.removedAt()), a.publishedBy());
    }

    static Article toArticle(KbArticleRecord r) {
        List<String> tags = r.getTags().isEmpty() ? List.of() : Arrays.asList(r.getTags().split(","));
        return new Article(r.getId(), Section.valueOf(r.getSection()), r.getCategory(), r.getTitle(), r.getBody(),
                r.getLanguage(), tags, r.getVersion(), instant(r.getPublishedAt()), r.getPublishedBy(),
                instant(r.getRemovedAt()));
    }
}

package org.seatdesk.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The two passes of a search and the ranking they keep (R-KB-4; ADR 0022): articles that name
/// the words in title, tags or category come first and, once they fill a page, articles that only
/// mention them are not scored at all; fewer than a page, and the rest follow. Typed Chinese is
/// found as typed where the segmenter cut it otherwise; initials of a whole word rank first.
class SearchPassesTest {

    private static final Instant AT = Instant.parse("2026-11-01T00:00:00Z");
    private static final UUID EDITOR = UUID.nameUUIDFromBytes("editor".getBytes());

    @TempDir
    static Path dir;
    static TextAnalysis analysis;
    static ArticleIndex index;
    static final List<UUID> aboutSwiping = new ArrayList<>();
    static final List<UUID> mentionSwiping = new ArrayList<>();
    static UUID newYearPrints;
    static UUID coralTag;
    static UUID restartOnlyInBody;

    @BeforeAll
    static void buildIndex() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Article a = zh("刷卡无响应的处理（" + i + "）", "请商户重新开机。", List.of("刷卡"));
            aboutSwiping.add(a.id());
            articles.add(a);
        }
        for (int i = 0; i < 30; i++) {
            // Mentions 刷卡 again and again, but is about something else.
            Article a = zh("热敏纸申领（" + i + "）", "刷卡后打印。刷卡后如不出纸，刷卡前先换纸。刷卡。", List.of("热敏纸"));
            mentionSwiping.add(a.id());
            articles.add(a);
        }
        Article prints = zh("年画系列商户结算说明", "本文适用于年画系列商户。", List.of("结算"));
        newYearPrints = prints.id();
        articles.add(prints);
        // Initials sh: a whole word (珊瑚) in one article; in others the segmenter cuts 商户 into
        // 商 + 户, whose run spells sh as well.
        Article coral = zh("珊瑚系列终端", "珊瑚系列终端的说明。", List.of("珊瑚"));
        coralTag = coral.id();
        articles.add(coral);
        for (int i = 0; i < 15; i++) {
            articles.add(zh("商户结算说明（" + i + "）", "商户结算。", List.of("结算")));
        }
        Article restart = zh("电池不充电", "先关机，再重新开机。", List.of("电池"));
        restartOnlyInBody = restart.id();
        articles.add(restart);
        analysis = new TextAnalysis();
        index = new ArticleIndex(dir.resolve("kb-index"), analysis, new Pinyin());
        index.rebuild(articles, "passes");
    }

    @AfterAll
    static void close() {
        index.close();
        analysis.close();
    }

    private static Article zh(String title, String body, List<String> tags) {
        return new Article(UUID.randomUUID(), Section.BUSINESS, "POS 终端故障", title, body, "zh", tags, 1, AT, EDITOR, null);
    }

    private static List<UUID> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void articlesThatNameTheWordFillThePageBeforeArticlesThatOnlyMentionIt_R_KB_4() {
        SearchResults r = index.search("刷卡", null, 12);
        assertThat(ids(r)).hasSize(12).allMatch(aboutSwiping::contains);
        assertThat(r.totalAtLeast()).as("the mere mentions were not counted").isTrue();
    }

    @Test
    void lessThanAPageOfNamingArticlesIsFollowedByTheMentions_R_KB_4() {
        SearchResults r = index.search("刷卡", null, 20);
        assertThat(ids(r).subList(0, 15)).containsExactlyInAnyOrderElementsOf(aboutSwiping);
        assertThat(ids(r).subList(15, 20)).allMatch(mentionSwiping::contains);
        assertThat(r.total()).isEqualTo(45);
        assertThat(r.totalAtLeast()).isFalse();
    }

    @Test
    void aWordOnlyInTheBodyIsStillFound_R_KB_4() {
        assertThat(ids(index.search("开机", null, 12))).contains(restartOnlyInBody);
    }

    @Test
    void chineseIsFoundAsTypedWhereTheSegmenterCutTheArticleOtherwise_R_KB_4() {
        assertThat(ids(index.search("年画", null, 12))).first().isEqualTo(newYearPrints);
    }

    @Test
    void initialsOfAWholeWordRankAboveInitialsSpelledAcrossWords_R_KB_4() {
        assertThat(ids(index.search("sh", null, 12))).first().isEqualTo(coralTag);
    }

    @Test
    void eachPhaseOfASearchIsTimed() {
        SearchResults.Phases p = index.search("刷卡", null, 12).phases();
        assertThat(p.parse()).isPositive();
        assertThat(p.search()).isPositive();
        assertThat(p.highlight()).isPositive();
    }
}

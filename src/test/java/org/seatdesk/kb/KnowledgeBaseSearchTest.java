package org.seatdesk.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoArticles;

/// Relevance of the seat's search over the demo knowledge base (R-KB-4): real Chinese phrases
/// (segmentation, pinyin, initials), English (stemming, one typo), sections (R-KB-3, R-TK-12).
class KnowledgeBaseSearchTest {

    @TempDir
    static Path dir;
    static TextAnalysis analysis;
    static ArticleIndex index;
    static Map<String, Article> byTitle;

    @BeforeAll
    static void buildIndex() {
        List<Article> articles = DemoArticles.load(Instant.parse("2026-11-01T00:00:00Z"));
        byTitle = articles.stream().collect(Collectors.toMap(Article::title, Function.identity()));
        analysis = new TextAnalysis();
        index = new ArticleIndex(dir.resolve("kb-index"), analysis, new Pinyin());
        index.rebuild(articles, "demo");
    }

    @AfterAll
    static void close() {
        index.close();
        analysis.close();
    }

    private static String top(String query) {
        SearchResults r = index.search(query, null, 10);
        assertThat(r.hits()).as("hits for %s", query).isNotEmpty();
        return titleOf(r.hits().getFirst().id());
    }

    private static List<String> top3(String query) {
        return index.search(query, null, 3).hits().stream().map(h -> titleOf(h.id())).toList();
    }

    private static String titleOf(UUID id) {
        return byTitle.values().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().title();
    }

    @Test
    void chineseWordFindsTheArticleAboutIt_R_KB_4() {
        assertThat(top("刷卡无响应")).isEqualTo("刷卡无响应的处理");
        assertThat(top("签购单")).isEqualTo("打印卡纸、不出签购单");
        assertThat(top("热敏打印纸")).isEqualTo("热敏打印纸的申领");
    }

    @Test
    void chineseQuestionIsSegmentedIntoWords_R_KB_4() {
        assertThat(top3("商户要改结算账户怎么办")).contains("商户信息变更办理");
        assertThat(top3("一笔交易扣了两次款")).contains("重复扣款、撤销与退货");
    }

    @Test
    void wordInsideALongerWordIsFoundByBigrams_R_KB_4() {
        // 通讯 appears only inside 通讯失败 in that article's title and tags.
        assertThat(top3("通讯")).contains("终端提示“通讯失败”");
    }

    @Test
    void fullPinyinFindsChineseWords_R_KB_4() {
        assertThat(top3("shuaka")).contains("刷卡无响应的处理");
        // 银行: 行 has two readings (xing, hang); the usual one must work.
        assertThat(top3("yinhangka")).contains("交易被拒：常见返回码");
        assertThat(top3("jiesuan")).contains("结算失败与批结算");
    }

    @Test
    void pinyinInitialsFindChineseWords_R_KB_4() {
        assertThat(top3("sk")).contains("刷卡无响应的处理");
        assertThat(top3("kz")).contains("打印卡纸、不出签购单");
    }

    @Test
    void englishIsStemmed_R_KB_4() {
        assertThat(top("printers")).isEqualTo("Printer jams or prints blank receipts");
        assertThat(top("refunds")).isEqualTo("Charged twice, void and refund");
    }

    @Test
    void oneTypoInAnEnglishWordStillFinds_R_KB_4() {
        assertThat(top("priner jam")).isEqualTo("Printer jams or prints blank receipts");
        assertThat(top3("calligrapy")).contains("Life column: Chinese calligraphy");
    }

    @Test
    void resultsComeAsTheAgentTypes_R_KB_4() {
        assertThat(top3("consum")).contains("Ordering paper rolls");
        assertThat(top3("shua")).contains("刷卡无响应的处理");
    }

    @Test
    void matchesAreHighlightedInTitleAndSnippet() {
        SearchHit hit = index.search("刷卡", null, 1).hits().getFirst();
        assertThat(hit.title().marked()).contains("刷卡");
        assertThat(hit.snippet().marked()).isNotEmpty();
        SearchHit pinyin = index.search("sk", null, 5).hits().stream()
                .filter(h -> titleOf(h.id()).equals("刷卡无响应的处理")).findFirst().orElseThrow();
        assertThat(pinyin.title().marked()).contains("刷卡");
        SearchHit typo = index.search("priner", null, 1).hits().getFirst();
        assertThat(typo.title().marked()).contains("Printer");
    }

    @Test
    void scriptsAreASectionAgentsSearch_R_TK_12() {
        SearchResults r = index.search("结束语", Section.SCRIPTS, 5);
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.section() == Section.SCRIPTS);
        assertThat(titleOf(r.hits().getFirst().id())).isEqualTo("结束语");
        assertThat(index.search("刷卡", Section.LIFE, 5).hits()).isEmpty();
    }

    @Test
    void nothingTypedFindsNothing() {
        assertThat(index.search("   ", null, 5).hits()).isEmpty();
        assertThat(index.search("!!!", null, 5).hits()).isEmpty();
    }
}

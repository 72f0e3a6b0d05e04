package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.ArticleIndex;
import org.seatdesk.kb.KnowledgeBase;
import org.seatdesk.kb.Pinyin;
import org.seatdesk.kb.Section;
import org.seatdesk.kb.TextAnalysis;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.store.Database;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.DemoDataWriter;
import org.seatdesk.store.JooqArticleRepository;
import org.seatdesk.store.JooqOutboxRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.store.JooqUsageRepository;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.testing.Fixtures;

/// The knowledge base over a real hub process (`hub --demo`): published at the hub, searchable
/// at a connected seat within a second; removed, gone from its search but kept in its history
/// (R-KB-2, R-KB-4). Who may publish, and what the wall receives, over real HTTP.
class KbSyncWithHubProcessTest {

    private static final UUID EDITOR = UUID.nameUUIDFromBytes("seatdesk-demo/staff/K001".getBytes());

    @Test
    void anArticlePublishedAtTheHubIsSearchableAtAConnectedSeatWithinASecond_R_KB_4(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo");
             Database db = Database.openFile(dir.resolve("seat"), "seat");
             DbExecutor executor = new DbExecutor();
             TextAnalysis analysis = new TextAnalysis()) {
            seedPeople(db);
            JooqArticleRepository articles = new JooqArticleRepository(db);
            KnowledgeBase kb = new KnowledgeBase(articles, new JooqUsageRepository(db),
                    new ArticleIndex(dir.resolve("seat/kb-index"), analysis, new Pinyin()), Clock.systemUTC());
            SyncStatusService status = new SyncStatusService(new JooqOutboxRepository(db), Instant.now());
            SyncEngine engine = new SyncEngine(new org.seatdesk.sync.HubClient(HttpClient.newHttpClient(), hub.base,
                    Duration.ofSeconds(10)), new JooqSyncRepository(db, kb), executor, status,
                    new HubClock(Clock.systemUTC(), Duration.ZERO), Clock.systemUTC(),
                    new Backoff(Duration.ofMillis(50), Duration.ofMillis(500), new SplittableRandom(3)),
                    new SyncEngine.Options(500, 500, Duration.ofMillis(200), Duration.ofMinutes(5), Duration.ofMinutes(5),
                            Duration.ofSeconds(45), true));
            try {
                kb.start().join();
                engine.start(new HubCredentials("A001", "demo", "S07"));
                // The demo articles hub --demo published arrive with the first pull, and are indexed.
                await(() -> !kb.search("刷卡", null, 5).hits().isEmpty(), Duration.ofSeconds(30));
                await(status::isOnline, Duration.ofSeconds(20));
                Thread.sleep(500); // the event stream is open

                // Publications go through the editors' flow (R-KB-1), as the hub demands.
                List<AutoCloseable> open = new java.util.ArrayList<>();
                try {
                    EditorialConsole editor = new EditorialConsole(open, dir.resolve("k001"), hub, "K001", "K01");
                    EditorialConsole director = new EditorialConsole(open, dir.resolve("c001"), hub, "C001", "C01");
                    editor.addCategory("BUSINESS", "银行卡问题");
                    // A first publication warms both processes' code paths (JIT, the seat's index writer).
                    UUID warm = EditorialConsole.confirmedItem(editor, director, draft("二维码收款常见问题"));
                    editor.publish(warm);
                    await(() -> hit(kb, "二维码收款", warm), Duration.ofSeconds(10));

                    UUID article = EditorialConsole.confirmedItem(editor, director, draft("银联云闪付升级后的收款设置"));
                    long sent = System.nanoTime();
                    editor.publish(article);
                    long answered = System.nanoTime();
                    await(() -> hit(kb, "云闪付", article), Duration.ofSeconds(5));
                    Duration latency = Duration.ofNanos(System.nanoTime() - sent);
                    System.out.println("kb publish-to-searchable ms=" + latency.toMillis() + " (push answered after "
                            + (answered - sent) / 1_000_000 + " ms)");
                    assertThat(latency).isLessThan(Duration.ofSeconds(1));
                    assertThat(hit(kb, "yunshanfu", article)).as("pinyin of the new title").isTrue();

                    editor.remove(article);
                    await(() -> !hit(kb, "云闪付", article), Duration.ofSeconds(5));
                    Article history = articles.find(article).orElseThrow();
                    assertThat(history.live()).as("R-KB-2: removed, kept in history").isFalse();
                    assertThat(history.title()).isEqualTo("银联云闪付升级后的收款设置");
                } finally {
                    for (AutoCloseable c : open.reversed()) {
                        c.close();
                    }
                }
            } finally {
                engine.close();
                executor.close();
                kb.close();
            }
        }
    }

    @Test
    void onlyEditorsAndTheCentreDirectorPublishAndTheWallReceivesNoArticles_R_KB_1(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            HubClient client = new HubClient(hub.base);
            String agent = client.token("A001");
            Article byAgent = article(UUID.randomUUID(), "坐席自己写的文章", 1);
            JsonNode refused = client.push(agent, List.of(publish(byAgent))).json();
            assertThat(refused.at("/results/0/reason").asText()).isEqualTo("forbidden");

            // Even the roles that may publish cannot skip the editors' flow (R-KB-1).
            for (String staffNo : List.of("C001", "K001")) {
                JsonNode unbacked = client.push(client.token(staffNo), List.of(publish(article(UUID.randomUUID(), "跳过流程", 1))))
                        .json();
                assertThat(unbacked.at("/results/0/status").asText()).isEqualTo("rejected");
                assertThat(unbacked.at("/results/0/message").asText()).contains("editors' flow");
            }

            JsonNode regional = client.changes(client.token("A009"), 0, 1000).json().get("changes");
            assertThat(entities(regional)).as("articles are centre-wide: a regional desk gets them").contains("kb_article");
            JsonNode wall = client.changes(client.token("W001"), 0, 1000).json().get("changes");
            assertThat(entities(wall)).doesNotContain("kb_article");
        }
    }

    private static List<String> entities(JsonNode changes) {
        return java.util.stream.StreamSupport.stream(changes.spliterator(), false).map(c -> c.get("entity").asText())
                .distinct().toList();
    }

    private static Article article(UUID id, String title, int version) {
        return new Article(id, Section.BUSINESS, "银行卡问题", title,
                "商户开通**云闪付**后，请在终端菜单“收款设置”中打开二维码收款。", "zh", List.of("云闪付", "二维码"), version,
                Instant.now(), EDITOR, null);
    }

    private static org.seatdesk.kb.editorial.RevisionDraft draft(String title) {
        return new org.seatdesk.kb.editorial.RevisionDraft("BUSINESS", "银行卡问题", title,
                "商户开通**云闪付**后，请在终端菜单“收款设置”中打开二维码收款。", "zh", "云闪付, 二维码");
    }

    private static ObjectNode publish(Article a) throws Exception {
        return Ops.op("kb_article", a.id(), "PUBLISH", a.version() - 1, HubClient.JSON.readTree(Payloads.json(a)));
    }

    private static boolean hit(KnowledgeBase kb, String query, UUID id) {
        return kb.search(query, null, 10).hits().stream().anyMatch(h -> h.id().equals(id));
    }

    private static void seedPeople(Database db) {
        new DemoDataWriter(db).seedIfEmpty(() -> {
            DemoCentre.Data all = new DemoCentre(DemoCentre.DEFAULT_SEED, Clock.systemUTC(), Fixtures.CENTRE_ZONE)
                    .generate(new PasswordHasher());
            return new DemoCentre.Data(all.desks(), all.staff(), all.passwordHash(), all.shiftTypes(), all.assignments(),
                    all.inspectors(), List.of(), List.of(), all.counters());
        });
    }

    private static void await(BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + max);
            }
            Thread.sleep(5);
        }
    }
}

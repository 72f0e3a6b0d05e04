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
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.editorial.Actor;
import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.EditorialAction;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.EditorialState;
import org.seatdesk.kb.editorial.KbSections;
import org.seatdesk.kb.editorial.MarkdownCleaner;
import org.seatdesk.kb.editorial.RevisionDraft;
import org.seatdesk.kb.editorial.Step;
import org.seatdesk.security.Role;
import org.seatdesk.store.Database;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.JooqArticleRepository;
import org.seatdesk.store.JooqEditorialRepository;
import org.seatdesk.store.JooqOutboxRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubWire;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.sync.TimeOrderedIds;

/// R-KB-1 and R-KB-2 end to end against a real hub process (`hub --demo`): the editor, the
/// centre director and an agent's seat each on their own H2 file, syncing over HTTP. What the
/// editor publishes reaches the seat's `kb_article` table; what the editor removes is marked
/// removed there; the hub refuses steps the roles or the flow do not allow.
class KbEditorialWithHubProcessTest {

    private final List<AutoCloseable> open = new java.util.ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    @Test
    void rKb1PublishingFromTheEditorReachesASeatAndRKb2RemovalMarksItRemovedThere(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            EditorialConsole editor = new EditorialConsole(open, dir.resolve("k001"), hub, "K001", "K01");
            EditorialConsole director = new EditorialConsole(open, dir.resolve("c001"), hub, "C001", "C01");
            EditorialConsole seat = new EditorialConsole(open, dir.resolve("s07"), hub, "A001", "S07");

            Step notice = editor.onDb(() -> {
                editor.editorial.changeCatalogue(editor.actor, "BUSINESS", "POS 终端", CatalogueEntry.Change.ADD);
                return editor.editorial.receiveNotice(editor.actor, "银联刷卡新规", "银行卡部");
            });
            UUID item = notice.itemId();
            editor.sync();
            director.sync();
            director.onDb(() -> director.editorial.take(director.actor, item, EditorialAction.DIRECTOR_READ, null));
            director.sync();
            editor.sync();
            editor.onDb(() -> {
                editor.editorial.take(editor.actor, item, EditorialAction.START_EDITING, null);
                editor.editorial.saveRevision(editor.actor, item, new RevisionDraft("BUSINESS", "POS 终端", "刷卡失败怎么办",
                        "请商户确认**刷卡**方向。<script>alert(1)</script>[更多](javascript:alert(2))", "zh", "刷卡, POS"));
                editor.editorial.take(editor.actor, item, EditorialAction.ENTER, null);
                editor.editorial.take(editor.actor, item, EditorialAction.CONFIRM, "银行卡部 王科长 电话确认");
                return editor.editorial.take(editor.actor, item, EditorialAction.PUBLISH, null);
            });
            editor.sync();
            assertThat(TestData.rejectedText(editor.db)).isEqualTo("[]");
            assertThat(TestData.outboxRows(editor.db)).isZero();

            seat.sync();
            Article published = seat.onDb(() -> seat.articles.find(item)).orElseThrow();
            assertThat(published.title()).isEqualTo("刷卡失败怎么办");
            assertThat(published.live()).isTrue();
            assertThat(published.version()).isEqualTo(1);
            assertThat(published.publishedBy()).isEqualTo(editor.actor.staffId());
            assertThat(published.tags()).containsExactly("刷卡", "POS");
            assertThat(published.body()).contains("**刷卡**", "更多").doesNotContain("<script", "javascript:");
            assertThat(seat.onDb(() -> seat.articles.live())).extracting(Article::id).contains(item);
            // The editorial records reached the director's console too: the same flow everywhere.
            director.sync();
            assertThat(director.onDb(() -> director.editorial.items()).getFirst().state()).isEqualTo(EditorialState.PUBLISHED);

            editor.onDb(() -> {
                editor.editorial.take(editor.actor, item, EditorialAction.START_REMOVAL, "政策已废止");
                return editor.editorial.take(editor.actor, item, EditorialAction.REMOVE, null);
            });
            editor.sync();
            assertThat(TestData.rejectedText(editor.db)).isEqualTo("[]");
            seat.sync();

            Article removed = seat.onDb(() -> seat.articles.find(item)).orElseThrow();
            assertThat(removed.removedAt()).as("kept in history, marked removed").isNotNull();
            assertThat(seat.onDb(() -> seat.articles.live())).extracting(Article::id).doesNotContain(item);
            var summary = editor.onDb(() -> editor.editorial.items()).getFirst();
            assertThat(summary.additionStartedAt()).isBefore(summary.additionEndedAt());
            assertThat(summary.removalStartedAt()).isBefore(summary.removalEndedAt());
        }
    }

    /// The demo's published articles come with their editorial history from `hub --demo`: an
    /// editor on an empty console lists them as published and revises one, and the hub takes
    /// every step (it judges REVISE against the steps it holds); the seat gets version 2.
    @Test
    void rKb1TheEditorRevisesADemoArticleAndTheHubTakesTheRevision(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            EditorialConsole editor = new EditorialConsole(open, dir.resolve("k001"), hub, "K001", "K01");
            EditorialConsole seat = new EditorialConsole(open, dir.resolve("s07"), hub, "A001", "S07");
            editor.sync();
            int demoArticles = org.seatdesk.demo.DemoArticles.load(java.time.Instant.now()).size();
            var items = editor.onDb(() -> editor.editorial.items());
            assertThat(items).filteredOn(i -> i.state() == EditorialState.PUBLISHED).hasSize(demoArticles);
            var article = items.getFirst();
            var text = editor.onDb(() -> editor.editorial.latest(article.id())).orElseThrow();

            editor.onDb(() -> {
                editor.editorial.take(editor.actor, article.id(), EditorialAction.REVISE, null);
                editor.editorial.saveRevision(editor.actor, article.id(), new RevisionDraft(text.section(), text.category(),
                        text.title(), text.body() + "\n\n修订：新增说明。\n", text.language(), text.tags()));
                editor.editorial.take(editor.actor, article.id(), EditorialAction.ENTER, null);
                editor.editorial.take(editor.actor, article.id(), EditorialAction.CONFIRM, "演示部门确认");
                return editor.editorial.take(editor.actor, article.id(), EditorialAction.PUBLISH, null);
            });
            editor.sync();
            assertThat(TestData.rejectedText(editor.db)).isEqualTo("[]");
            assertThat(TestData.outboxRows(editor.db)).isZero();

            seat.sync();
            Article revised = seat.onDb(() -> seat.articles.find(article.id())).orElseThrow();
            assertThat(revised.version()).isEqualTo(2);
            assertThat(revised.body()).contains("修订：新增说明。");
        }
    }

    @Test
    void rKb1TheHubRefusesAPublicationThatSkipsTheFlowAndStepsOfTheWrongRole(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            EditorialConsole editor = new EditorialConsole(open, dir.resolve("k001"), hub, "K001", "K01");
            EditorialConsole seat = new EditorialConsole(open, dir.resolve("s07"), hub, "A001", "S07");
            Step notice = editor.onDb(() -> editor.editorial.receiveNotice(editor.actor, "Card fees", "Card department"));
            editor.sync();
            UUID item = notice.itemId();

            // A console that skipped its own checks: the director's reading forged by the editor,
            // then an article published straight away.
            Step forged = new Step(UUID.randomUUID(), item, 2, EditorialAction.DIRECTOR_READ, editor.actor.staffId(),
                    editor.actor.name(), Instant.now(), null, null);
            Article article = new Article(item, org.seatdesk.kb.Section.BUSINESS, "Fees", "Card fees", "text", "en",
                    List.of(), 1, Instant.now(), editor.actor.staffId(), null);
            TestData.appendOutbox(editor.db, List.of(
                    new OutboxOperation(UUID.randomUUID(), "kb_step", forged.id(), OutboxOperation.Kind.APPEND, 0,
                            Payloads.json(forged), Instant.now()),
                    new OutboxOperation(UUID.randomUUID(), "kb_article", item, OutboxOperation.Kind.PUBLISH, 0,
                            Payloads.json(article), Instant.now())));
            // An agent trying to take an editor's step.
            Step byAgent = new Step(UUID.randomUUID(), item, 2, EditorialAction.DIRECTOR_READ, seat.actor.staffId(),
                    seat.actor.name(), Instant.now(), null, null);
            TestData.appendOutbox(seat.db, new OutboxOperation(UUID.randomUUID(), "kb_step", byAgent.id(),
                    OutboxOperation.Kind.APPEND, 0, Payloads.json(byAgent), Instant.now()));

            SyncEngine.Round editorRound = editor.sync();
            SyncEngine.Round seatRound = seat.sync();

            assertThat(editorRound.rejected()).isEqualTo(2);
            assertThat(seatRound.rejected()).isEqualTo(1);
            assertThat(TestData.rejectedText(editor.db)).contains("KB_EDITOR may not DIRECTOR_READ", "R-KB-1");
            assertThat(TestData.rejectedText(seat.db)).contains("may not DIRECTOR_READ");
            assertThat(seat.onDb(() -> seat.articles.find(item))).isEmpty();
        }
    }
}

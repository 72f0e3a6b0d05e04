package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.MarkdownBlocks;
import org.seatdesk.kb.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The knowledge base in the seat console (R-KB-4), driven by keyboard on a real H2 file with the
/// demo centre and its articles: the quick search over the ticket form, the page, pins.
@ExtendWith(ApplicationExtension.class)
class KnowledgeBaseConsoleTest {

    private static Path dataDir;
    private static SeatContext context;
    private SeatConsole console;
    private Stage stage;

    /// One seeded seat for the class, made off the JavaFX thread: seeding (Argon2, 200 tickets,
    /// the articles) on a loaded machine outlasts TestFX's set-up timeout.
    @BeforeAll
    static void seat() throws Exception {
        dataDir = Files.createTempDirectory("kb-console-test");
        context = new SeatContext(dataDir, Clock.systemUTC(), null);
        Demo.seed(context);
        context.kb.start().get(120, TimeUnit.SECONDS);
    }

    @AfterAll
    static void closeSeat() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        console = new SeatConsole(context, stage, Locale.ENGLISH, "", 1366, 768, Face.seat);
        console.showLogin();
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (console.knowledgeBase() != null) {
                console.knowledgeBase().quick().hide();
            }
            stage.hide();
        });
    }

    @Test
    void f6SearchesFromInsideTheTicketFormAndTheFormKeepsItsContent_R_KB_4(FxRobot robot) throws Exception {
        login(robot);
        robot.clickOn("#field-CONTACT_PERSON").write("Ms Chen");
        robot.clickOn("#field-DESCRIPTION").write("POS 刷卡没反应");

        robot.type(KeyCode.F6);
        waitFor(() -> console.knowledgeBase().quick().isShowing());
        long shownBefore = console.knowledgeBase().quickModel().shownProperty().get();
        long typed = System.nanoTime();
        robot.write("sk");
        waitFor(() -> !console.knowledgeBase().quickModel().results().isEmpty()
                && console.knowledgeBase().quickModel().shownProperty().get() > shownBefore);
        System.out.println("kb keystrokes-to-results ms=" + (System.nanoTime() - typed) / 1_000_000);
        SearchHit first = console.knowledgeBase().quickModel().results().stream()
                .filter(h -> h.title().text().equals("刷卡无响应的处理")).findFirst().orElseThrow();
        assertThat(first.title().marked()).as("pinyin initials highlighted in the title").contains("刷卡");

        robot.interact(() -> console.knowledgeBase().quickModel().open(first.id()));
        waitFor(() -> console.knowledgeBase().quickModel().readingProperty().get() != null);
        Article reading = console.knowledgeBase().quickModel().readingProperty().get();
        String passage = MarkdownBlocks.parse(reading.body()).get(1).plain();
        robot.interact(() -> console.knowledgeBase().quickModel().insertIntoTicket(passage));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !console.knowledgeBase().quick().isShowing());

        assertThat(field(robot, "CONTACT_PERSON")).isEqualTo("Ms Chen");
        assertThat(field(robot, "DESCRIPTION")).isEqualTo("POS 刷卡没反应\n" + passage);
        robot.write("，已重启");
        // The focus is back in the description (the inserted text moved its caret to the start).
        assertThat(field(robot, "DESCRIPTION")).as("the cursor is back in the form").contains("，已重启");
    }

    @Test
    void theKnowledgeBasePageFindsChineseAndKeepsPinnedAndRecentArticles_R_KB_4(FxRobot robot) throws Exception {
        login(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn("#kb-search-field").write("签购单");
        ListView<SearchHit> results = robot.lookup("#kb-results").queryListView();
        waitFor(() -> !results.getItems().isEmpty());
        assertThat(results.getItems().getFirst().title().text()).isEqualTo("打印卡纸、不出签购单");
        assertThat(text(robot, "#kb-status")).matches("\\d+ articles · \\d+ ms");

        robot.type(KeyCode.DOWN);
        waitFor(() -> console.knowledgeBase().pageModel().readingProperty().get() != null);
        assertThat(text(robot, "#kb-reader-title")).isEqualTo("打印卡纸、不出签购单");
        robot.clickOn("#kb-pin");
        waitFor(() -> !console.knowledgeBase().pageModel().pinned().isEmpty());

        robot.doubleClickOn("#kb-search-field").eraseText(3);
        ListView<Article> pinned = robot.lookup("#kb-pinned").queryListView();
        ListView<Article> recent = robot.lookup("#kb-recent").queryListView();
        waitFor(() -> pinned.isVisible());
        assertThat(pinned.getItems()).extracting(Article::title).containsExactly("打印卡纸、不出签购单");
        assertThat(recent.getItems()).extracting(Article::title).contains("打印卡纸、不出签购单");
    }

    @Test
    void nothingFoundSaysSo(FxRobot robot) throws Exception {
        login(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn("#kb-search-field").write("zzzzqqqq");
        waitFor(() -> text(robot, "#kb-status").startsWith("No article matches"));
    }

    private void login(FxRobot robot) throws Exception {
        SeatTestSteps.typeLogin(robot, stage, "A001", "demo");
        waitFor(() -> console.readyProperty().get());
        context.kb.ready().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String field(FxRobot robot, String field) {
        return robot.lookup("#field-" + field).queryAs(TextInputControl.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}

package org.seatdesk.notice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.i18n.Messages;
import org.seatdesk.notice.NoticeDraft;
import org.seatdesk.notice.NoticeKind;
import org.seatdesk.notice.NoticeService;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqNoticeRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.Author;
import org.seatdesk.ui.Background;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The notices page keeps following its view model after a garbage collection. The cards used to
/// listen to a read-only view that the model made afresh on each call; that view listens to the
/// model's list weakly, so a collection between building the page and the first load left the
/// page empty while its confirm button showed (a flake of the login test, R-SH-3).
@ExtendWith(ApplicationExtension.class)
class NoticesViewTest {

    @TempDir
    Path dir;
    private Database db;

    @Start
    void start(Stage stage) {
        // no window: the view is built and read on the FX thread
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theUnreadCardsFollowTheModelAfterAGarbageCollection_R_SH_3(FxRobot robot) {
        MutableClock clock = new MutableClock(Fixtures.MORNING);
        db = Database.openFile(dir, "seat");
        TestData.insertDesk(db, "HQ", "CN");
        UUID readerId = TestData.insertStaff(db, "A002", "陈思远", "HQ", "S08", "x", true);
        NoticeService notices = new NoticeService(new JooqNoticeRepository(db), clock, new TimeOrderedIds(clock));
        Author monitor = new Author(UUID.randomUUID(), "周建华", "S01", "HQ", "CN");
        for (String title : new String[] {"费率调整", "交接班制度"}) {
            notices.publish(new NoticeDraft(NoticeKind.POLICY, title, "正文", clock.instant(),
                    clock.instant().plus(Duration.ofDays(7))), monitor);
        }
        Messages messages = new Messages(Locale.ENGLISH);
        NoticesViewModel model = new NoticesViewModel(notices, new Author(readerId, "陈思远", "S08", "HQ", "CN"),
                messages, new Background(Runnable::run, Runnable::run), Fixtures.CENTRE_ZONE, () -> { });
        Node[] page = new Node[1];
        robot.interact(() -> page[0] = new NoticesView(model, messages).root());

        collectGarbage();
        robot.interact(model::refresh);

        VBox cards = (VBox) ((ScrollPane) page[0]).getContent().lookup("#notices-unread");
        assertThat(model.unread()).hasSize(2);
        assertThat(cards.getChildren()).as("one card per unread notice").hasSize(2);
    }

    /// Until an object that only a weak reference holds is gone: the weakly held views went too.
    private static void collectGarbage() {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && probe.get() != null; i++) {
            System.gc();
        }
        assertThat(probe.get()).as("a collection ran").isNull();
    }
}

package org.seatdesk.wall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.seatdesk.i18n.Messages;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.OutboxRepository;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Deadlines;
import org.seatdesk.ticket.TicketPolicy;
import org.seatdesk.ui.Theme;
import org.seatdesk.wall.WallBoard;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The wall of a 1366×768 room screen with the hub away (the banner up) and no roll call yet:
/// the three current notices of the demo centre all show, and the waiting text lines up with the
/// title above it.
@ExtendWith(ApplicationExtension.class)
class WallRoomTest {

    private WallViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        WallBoard board = new WallBoard(new Deadlines(TicketPolicy.from(Fixtures.shippedSettings())));
        List<Change> notices = new ArrayList<>();
        List<String> titles = List.of("New Year's Day duty roster published", "关于银联商户手续费率调整的通知",
                "重申交接班制度：接班人到岗后方可离岗");
        for (int i = 0; i < titles.size(); i++) {
            notices.add(new Change(i + 1, "notice", UUID.randomUUID(), "CREATE", 1,
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put("title", titles.get(i))
                            .put("validFrom", Instant.now().minusSeconds(3600).toString())));
        }
        board.applyPage(notices, notices.size());
        SyncStatusService status = new SyncStatusService(OutboxRepository.none(), Instant.now().minusSeconds(600));
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        model = new WallViewModel(board, status, messages, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
        Theme.install();
        scene = Theme.scene(new WallView(model, messages).root(), 1366, 768);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void r_sh_3_threeCurrentNoticesAllShowAt1366x768WithTheOfflineBannerUp(FxRobot robot) {
        robot.interact(model::refresh);
        robot.interact(() -> scene.getRoot().layout());

        assertThat(robot.lookup("#wall-offline").query().isVisible()).as("the hub is away").isTrue();
        List<Label> titles = robot.lookup("#wall-notices").queryParent().getChildrenUnmodifiable().stream()
                .map(Label.class::cast).toList();
        assertThat(titles).hasSize(3);
        assertThat(titles).as("every current notice fits").allMatch(Node::isVisible);
    }

    @Test
    void r_sh_1_theWaitingTextOfAnEmptyRollCallLinesUpWithTheTitle(FxRobot robot) {
        robot.interact(model::refresh);
        robot.interact(() -> scene.getRoot().layout());

        Node title = robot.lookup("#wall-shift").query();
        Node waiting = robot.lookup("#wall-roll-call-empty").query();
        assertThat(waiting.isVisible()).as("no roll call yet").isTrue();
        assertThat(waiting.localToScene(waiting.getBoundsInLocal()).getMinX())
                .isCloseTo(title.localToScene(title.getBoundsInLocal()).getMinX(), org.assertj.core.data.Offset.offset(1.0));
    }
}

package org.seatdesk.wall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javafx.geometry.Bounds;
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

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/// The wall at the smaller screen (1366×768, Chinese) with the hub away: five long notice titles
/// wrap onto two lines each, more than the side column holds. Every title shown must end above the
/// offline banner, whole; the ones that do not fit are left out (they used to run under it).
@ExtendWith(ApplicationExtension.class)
class WallViewTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private WallViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        WallBoard board = new WallBoard(new Deadlines(TicketPolicy.from(Fixtures.shippedSettings())));
        List<Change> notices = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ObjectNode payload = JsonNodeFactory.instance.objectNode()
                    .put("title", "第" + i + "号通知：自下周一起商户信息变更须同时核对营业执照与法人身份证件，并在工单中注明核对结果")
                    .put("validFrom", Instant.now().minusSeconds(3600).toString());
            notices.add(new Change(i, "notice", UUID.randomUUID(), "CREATE", 1, payload));
        }
        board.applyPage(notices, notices.size());
        SyncStatusService status = new SyncStatusService(OutboxRepository.none(), Instant.now().minusSeconds(600));
        model = new WallViewModel(board, status, new Messages(Locale.SIMPLIFIED_CHINESE), Clock.systemUTC(), ZONE);
        Theme.install();
        scene = Theme.scene(new WallView(model, new Messages(Locale.SIMPLIFIED_CHINESE)).root(), 1366, 768);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void r_sh_3_noNoticeTitleRunsUnderTheOfflineBannerAt1366x768(FxRobot robot) {
        robot.interact(model::refresh);
        robot.interact(() -> scene.getRoot().layout());

        Node banner = robot.lookup("#wall-offline").query();
        assertThat(banner.isVisible()).as("the hub is away: the banner says since when").isTrue();
        double bannerTop = banner.localToScene(banner.getBoundsInLocal()).getMinY();
        List<Label> titles = robot.lookup("#wall-notices").queryParent().getChildrenUnmodifiable().stream()
                .map(Label.class::cast).toList();
        assertThat(titles).hasSize(5);
        List<Label> shown = titles.stream().filter(Node::isVisible).toList();
        assertThat(shown).as("the newest titles still show").isNotEmpty();
        for (Label title : shown) {
            Bounds b = title.localToScene(title.getBoundsInLocal());
            assertThat(b.getMaxY()).as(title.getText()).isLessThanOrEqualTo(bannerTop);
            assertThat(title.getHeight()).as("shown whole, at its full wrapped height")
                    .isGreaterThanOrEqualTo(title.prefHeight(title.getWidth()) - 0.5);
        }
    }
}

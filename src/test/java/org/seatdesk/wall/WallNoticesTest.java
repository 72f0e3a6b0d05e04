package org.seatdesk.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.Payloads;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Deadlines;
import org.seatdesk.ticket.TicketPolicy;

/// R-SH-3 on the wall: the titles of the notices valid now, newest first, from the redacted feed.
class WallNoticesTest {

    private static final Instant NOW = Fixtures.MORNING;

    private static Change notice(long seq, String title, Instant from, Instant until) {
        String json = Payloads.json(java.util.Map.of("id", UUID.randomUUID().toString(), "title", title,
                "validFrom", from.toString(), "validUntil", until.toString()));
        return new Change(seq, "notice", UUID.randomUUID(), "CREATE", 1, Payloads.tree(json));
    }

    @Test
    void theWallShowsTheTitlesOfNoticesValidNowNewestFirst_R_SH_3() {
        WallBoard board = new WallBoard(new Deadlines(TicketPolicy.from(Fixtures.shippedSettings())));
        Duration day = Duration.ofDays(1);
        board.applyPage(List.of(
                notice(1, "费率调整", NOW.minus(day), NOW.plus(day)),
                notice(2, "已过期的通知", NOW.minus(day.multipliedBy(3)), NOW.minus(day)),
                notice(3, "下周的通知", NOW.plus(day), NOW.plus(day.multipliedBy(7))),
                notice(4, "交接班制度", NOW.minus(day), NOW.plus(day))), 4);

        assertThat(board.snapshot(NOW).notices()).containsExactly("交接班制度", "费率调整");
    }
}

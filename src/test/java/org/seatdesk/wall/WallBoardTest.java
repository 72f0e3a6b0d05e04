package org.seatdesk.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.seatdesk.rollcall.Mark;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.Payloads;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Deadlines;
import org.seatdesk.ticket.TicketPolicy;

/// The wall's in-memory board over redacted feed pages: counts (R-TK-4, R-TK-7, R-TK-8) and the
/// roll call as it is called, the latest mark of each person (R-SH-1).
class WallBoardTest {

    private static final Instant NOW = Fixtures.MORNING;
    private final WallBoard board = new WallBoard(new Deadlines(TicketPolicy.from(Fixtures.shippedSettings())));
    private long seq;

    @Test
    void countsOpenLateUrgentAndCallbacksFromRedactedTickets() {
        UUID late = UUID.randomUUID();
        board.applyPage(List.of(
                ticket(late, "NEW", "NORMAL", "UNPROCESSED", NOW.minus(Duration.ofMinutes(11))),   // past 10 min (R-TK-4)
                ticket(UUID.randomUUID(), "NEW", "URGENT", "UNPROCESSED", NOW.minus(Duration.ofMinutes(2))),
                ticket(UUID.randomUUID(), "DISPATCHED", "NORMAL", "APPOINTMENT_SCHEDULED", NOW.minus(Duration.ofHours(3))),
                ticket(UUID.randomUUID(), "CLOSED", "URGENT", "COMPLETED", NOW.minus(Duration.ofHours(5)))), seq);

        assertThat(board.snapshot(NOW).counts()).isEqualTo(new WallSnapshot.Counts(3, 1, 1, 1));

        board.applyPage(List.of(ticket(late, "CLOSED", "NORMAL", "COMPLETED", NOW.minus(Duration.ofMinutes(11)))), seq);
        assertThat(board.snapshot(NOW).counts()).isEqualTo(new WallSnapshot.Counts(2, 0, 1, 1));
    }

    /// Issue "The console on a real desk": a row with an instant outside 2000..2100 (from a hub
    /// before the range check) is skipped; the rest of the page counts and the cursor moves on.
    @Test
    void aRowWithAnInstantOutsideTheRangeIsSkippedAndTheRestOfThePageCounted() {
        Change bad = ticket(UUID.randomUUID(), "NEW", "NORMAL", "UNPROCESSED", NOW);
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad.payload()).put("createdAt", "-0001-01-01T00:00:00Z");
        Change good = ticket(UUID.randomUUID(), "NEW", "URGENT", "UNPROCESSED", NOW.minus(Duration.ofMinutes(2)));

        assertThat(board.applyPage(List.of(bad, good), seq)).isEqualTo(1);

        assertThat(board.snapshot(NOW).counts().open()).isEqualTo(1);
        assertThat(board.cursor()).isEqualTo(seq);
    }

    @Test
    void theRollCallShowsTheLatestMarkOfEachPersonOfTheNewestShift_R_SH_1() {
        UUID wang = UUID.randomUUID();
        AtomicInteger changes = new AtomicInteger();
        board.onChange(changes::incrementAndGet);
        board.applyPage(List.of(
                mark(wang, "王磊", "S03", Mark.LATE, NOW),
                mark(UUID.randomUUID(), "赵静", "S10", Mark.PRESENT, NOW.plusSeconds(5)),
                mark(wang, "王磊", "S03", Mark.PRESENT, NOW.plusSeconds(9))), seq);

        WallSnapshot snapshot = board.snapshot(NOW);
        assertThat(snapshot.rollCall()).extracting(RollCallMark::staffName, RollCallMark::mark)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("王磊", Mark.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("赵静", Mark.PRESENT));
        assertThat(snapshot.monitorName()).isEqualTo("周建华");
        assertThat(changes.get()).isEqualTo(1); // one page, one refresh
    }

    @Test
    void entitiesTheWallDoesNotShowAndChangesSeenBeforeAreIgnored() {
        Change discipline = new Change(++seq, "discipline_record", UUID.randomUUID(), "CREATE", 1, Payloads.tree("{}"));
        assertThat(board.applyPage(List.of(discipline), seq)).isZero();
        Change m = mark(UUID.randomUUID(), "赵静", "S10", Mark.ABSENT, NOW);
        assertThat(board.applyPage(List.of(m), seq)).isEqualTo(1);
        assertThat(board.applyPage(List.of(m), seq)).isZero();
        assertThat(board.cursor()).isEqualTo(seq);
    }

    private Change ticket(UUID id, String status, String level, String handling, Instant createdAt) {
        // What Redaction lets through to the wall: no names, phones, addresses or identifiers.
        JsonNode payload = Payloads.tree(Payloads.json(Map.of("id", id.toString(), "number", "Z-20261122-S07-0001",
                "type", "CONSULTATION", "level", level, "status", status, "handlingStatus", handling,
                "createdAt", createdAt.toString(), "updatedAt", createdAt.toString(), "version", 1, "callbackAttempts", 0)));
        return new Change(++seq, "ticket", id, "CREATE", 1, payload);
    }

    private Change mark(UUID staff, String name, String seat, Mark mark, Instant at) {
        RollCallMark m = new RollCallMark(UUID.randomUUID(), LocalDate.of(2026, 11, 22), "DAY", staff, "A0" + seat, name, seat,
                mark, 0, null, "周建华", at);
        return new Change(++seq, "roll_call_mark", m.id(), "CREATE", 1, Payloads.tree(Payloads.json(m)));
    }
}

package org.seatdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.RosterService;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Session;
import org.seatdesk.security.Staff;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.OutboxRepository;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.testing.MutableClock;

/// The status bar says honestly where the link to the hub stands (design principle 8).
class StatusBarViewModelTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant NINE_FOURTEEN = Instant.parse("2026-11-22T01:14:00Z"); // 09:14 in Beijing

    private final OutboxRepository threePending = new OutboxRepository() {
        @Override
        public int pendingCount() {
            return 3;
        }

        @Override
        public List<OutboxOperation> oldest(int limit) {
            return List.of();
        }
    };
    private final SyncStatusService sync = new SyncStatusService(threePending, NINE_FOURTEEN);
    private final StatusBarViewModel status = new StatusBarViewModel(
            new Session(new Staff(UUID.randomUUID(), "A001", "李晓燕", Role.AGENT, Grade.JUNIOR, "PHONE", "HQ", "CN", "S07", true),
                    "S07", NINE_FOURTEEN),
            new Messages(Locale.ENGLISH), sync, new RosterService((staff, day) -> Optional.empty(), BEIJING),
            new Background(Runnable::run, Runnable::run), new MutableClock(NINE_FOURTEEN), BEIJING);

    @Test
    void offlineShowsSinceWhenAndWhatWaits() {
        status.refresh();

        assertThat(status.connectionProperty().get()).isEqualTo("Offline since 09:14 · 3 pending");
        assertThat(status.onlineProperty().get()).isFalse();
    }

    @Test
    void syncingAndOnlineSayWhatIsPending() {
        sync.syncing();
        status.refresh();
        assertThat(status.connectionProperty().get()).isEqualTo("Syncing 3 pending");
        assertThat(status.onlineProperty().get()).isTrue();

        sync.caughtUp();
        status.refresh();
        assertThat(status.connectionProperty().get()).isEqualTo("Online · 3 pending");
    }

    @Test
    void theLinkShowsAsItChangesWithoutWaitingForTheNextRefresh() {
        status.refresh();
        assertThat(status.connectionProperty().get()).startsWith("Offline");

        sync.syncing();
        assertThat(status.connectionProperty().get()).isEqualTo("Syncing 3 pending");
        sync.caughtUp();
        assertThat(status.connectionProperty().get()).isEqualTo("Online · 3 pending");
        sync.offline(NINE_FOURTEEN.plusSeconds(60));
        assertThat(status.connectionProperty().get()).isEqualTo("Offline since 09:15 · 3 pending");
    }

    @Test
    void offlineSinceIsTheFirstLossNotTheLatestRetry() {
        sync.caughtUp();
        sync.offline(NINE_FOURTEEN);
        sync.offline(NINE_FOURTEEN.plusSeconds(600));
        status.refresh();

        assertThat(status.connectionProperty().get()).isEqualTo("Offline since 09:14 · 3 pending");
    }

    @Test
    void openConflictsAreCountedAndNoneShowsNothing() {
        int[] open = {0};
        StatusBarViewModel withConflicts = new StatusBarViewModel(
                new Session(new Staff(UUID.randomUUID(), "A001", "李晓燕", Role.AGENT, Grade.JUNIOR, "PHONE", "HQ", "CN", "S07", true),
                        "S07", NINE_FOURTEEN),
                new Messages(Locale.ENGLISH), sync, new RosterService((staff, day) -> Optional.empty(), BEIJING),
                new Background(Runnable::run, Runnable::run), new MutableClock(NINE_FOURTEEN), BEIJING, () -> open[0]);
        withConflicts.refresh();
        assertThat(withConflicts.conflictsProperty().get()).isZero();
        assertThat(withConflicts.conflictsTextProperty().get()).isEmpty();

        open[0] = 1;
        withConflicts.refresh();
        assertThat(withConflicts.conflictsTextProperty().get()).isEqualTo("1 conflict to resolve");
        open[0] = 3;
        withConflicts.refresh();
        assertThat(withConflicts.conflictsProperty().get()).isEqualTo(3);
        assertThat(withConflicts.conflictsTextProperty().get()).isEqualTo("3 conflicts to resolve");
    }
}

package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.hub.Caller;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.testing.Fixtures;

class JooqHubStoreTest {

    private static final Instant NOW = Fixtures.MORNING;

    @Test
    void aSessionAnswersUntilItExpiresAndThenNoLonger(@TempDir Path dir) {
        try (Database db = Database.openFile(dir, "hub")) {
            DemoCentre.Data centre = new DemoCentre(DemoCentre.DEFAULT_SEED, java.time.Clock.fixed(NOW, Fixtures.CENTRE_ZONE),
                    Fixtures.CENTRE_ZONE).generate("not-a-real-hash");
            new DemoDataWriter(db).seedIfEmpty(centre);
            UUID gdAgent = centre.staff().stream().filter(s -> s.staffNo().equals("A009")).findFirst().orElseThrow().id();
            JooqHubStore store = new JooqHubStore(db);
            store.saveSession("live", gdAgent, "S11", NOW, NOW.plus(Duration.ofHours(12)));
            store.saveSession("old", gdAgent, "S11", NOW.minus(Duration.ofHours(13)), NOW.minus(Duration.ofHours(1)));

            Caller caller = store.caller("live", NOW).orElseThrow();
            assertThat(caller.staffNo()).isEqualTo("A009");
            assertThat(caller.role()).isEqualTo(Role.AGENT);
            assertThat(caller.region()).isEqualTo("CN-GD");
            assertThat(caller.hq()).isFalse();
            assertThat(store.caller("live", NOW.plus(Duration.ofHours(12)))).as("expired at 12 h").isEmpty();
            assertThat(store.caller("old", NOW)).isEmpty();
            assertThat(store.caller("unknown", NOW)).isEmpty();
            assertThat(store.deleteExpiredSessions(NOW)).isEqualTo(1);
        }
    }

    @Test
    void theDemoWallLoginIsAddedOnceAndKeptOnLaterStarts(@TempDir Path dir) {
        try (Database db = Database.openFile(dir, "hub")) {
            new DemoDataWriter(db).seedIfEmpty(new DemoCentre(DemoCentre.DEFAULT_SEED,
                    java.time.Clock.fixed(NOW, Fixtures.CENTRE_ZONE), Fixtures.CENTRE_ZONE).generate("hash"));
            JooqHubStore store = new JooqHubStore(db);
            Staff wall = new Staff(UUID.randomUUID(), "W001", "Wall display", Role.WALL, Grade.JUNIOR, "WALL", "HQ", "CN",
                    null, true);
            assertThat(store.addStaffIfMissing(wall, "hash")).isTrue();
            assertThat(store.addStaffIfMissing(wall, "other")).isFalse();
            assertThat(new JooqStaffRepository(db).credentials("W001")).hasValueSatisfying(c -> {
                assertThat(c.staff().role()).isEqualTo(Role.WALL);
                assertThat(c.passwordHash()).isEqualTo("hash");
            });
        }
    }
}

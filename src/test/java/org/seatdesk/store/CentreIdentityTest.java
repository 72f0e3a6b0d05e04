package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// ADR 0037 on real H2 files: a hub's centre id is made once and kept; a seat takes the first it
/// is given and keeps it; a seat from before centre ids takes the hub database's beside it.
class CentreIdentityTest {

    @Test
    void aHubMakesItsCentreIdOnceAndKeepsItWhenReopened(@TempDir Path dir) {
        UUID first;
        try (Database db = Database.openFile(dir, "hub")) {
            first = new JooqHubStore(db).centreId();
            assertThat(new JooqHubStore(db).centreId()).isEqualTo(first);
        }
        try (Database db = Database.openFile(dir, "hub")) {
            assertThat(new JooqHubStore(db).centreId()).isEqualTo(first);
        }
    }

    @Test
    void aSeatTakesTheFirstCentreItIsGivenAndKeepsIt(@TempDir Path dir) {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        try (Database db = Database.openFile(dir, "seat")) {
            JooqSyncRepository store = new JooqSyncRepository(db);
            assertThat(store.adoptCentre(a, Instant.now())).isEqualTo(a);
            assertThat(store.adoptCentre(b, Instant.now())).as("another hub's is not taken").isEqualTo(a);
        }
    }

    @Test
    void aSeatFromBeforeCentreIdsBelongsToTheHubDatabaseBesideIt(@TempDir Path dir) {
        try (Database hub = Database.openFile(dir, "hub")) {
            assertThat(new JooqCentreIdentity(hub).get()).as("a hub that has not run since").isEmpty();
        }
        try (Database seat = Database.openFile(dir, "seat")) {
            TestData.insertDesk(seat, "HQ", "CN");
            TestData.insertStaff(seat, "A001", "A", "HQ", "S07", "x", true);
            LegacyCentre.claimBesideHub(dir, seat, Clock.systemUTC());
            UUID claimed = new JooqCentreIdentity(seat).get().orElseThrow();
            try (Database hub = Database.openFile(dir, "hub")) {
                assertThat(new JooqHubStore(hub).centreId()).as("the hub starts as that centre").isEqualTo(claimed);
            }
        }
    }

    @Test
    void aSeatWithoutAHubBesideItOrWithoutPeopleWaitsForItsFirstSync(@TempDir Path dir) {
        Path alone = dir.resolve("alone");
        try (Database seat = Database.openFile(alone, "seat")) {
            TestData.insertDesk(seat, "HQ", "CN");
            TestData.insertStaff(seat, "A001", "A", "HQ", "S07", "x", true);
            LegacyCentre.claimBesideHub(alone, seat, Clock.systemUTC());
            assertThat(new JooqCentreIdentity(seat).get()).isEmpty();
        }
        Path fresh = dir.resolve("fresh");
        try (Database hub = Database.openFile(fresh, "hub"); Database seat = Database.openFile(fresh, "seat")) {
            new JooqHubStore(hub).centreId();
            LegacyCentre.claimBesideHub(fresh, seat, Clock.systemUTC());
            assertThat(new JooqCentreIdentity(seat).get()).as("a new seat: its first hub decides").isEmpty();
        }
    }
}

package org.seatdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.settings.Settings;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqSettingRepository;

/// The configurable numbers of the ticket rules: regulations' values by default, the centre's when stored.
class TicketPolicyTest {

    @TempDir
    Path dir;

    @Test
    void freshDatabaseGivesTheRegulationsNumbers() {
        try (Database db = Database.openFile(dir, "seat")) {
            TicketPolicy policy = TicketPolicy.from(new Settings(new JooqSettingRepository(db)));
            assertThat(policy.dispatchWithin()).isEqualTo(Duration.ofMinutes(10));              // R-TK-4
            assertThat(policy.complaintDistributionWithin()).isEqualTo(Duration.ofMinutes(60)); // R-TK-9
            assertThat(policy.returnVisitWithin()).isEqualTo(Duration.ofHours(72));             // R-TK-10
            assertThat(policy.unreachableAfterAttempts()).isEqualTo(3);                         // R-TK-10
            assertThat(policy.callbackSamplePercent()).isEqualTo(10);                           // R-TK-7
        }
    }

    @Test
    void storedSettingsOverrideTheDefaultsAfterReopening() {
        try (Database db = Database.openFile(dir, "seat")) {
            Settings settings = new Settings(new JooqSettingRepository(db));
            settings.put("ticket.dispatch.minutes", "15");
            settings.put("ticket.callback.unreachable-attempts", "5");
        }
        try (Database db = Database.openFile(dir, "seat")) {
            TicketPolicy policy = TicketPolicy.from(new Settings(new JooqSettingRepository(db)));
            assertThat(policy.dispatchWithin()).isEqualTo(Duration.ofMinutes(15));
            assertThat(policy.unreachableAfterAttempts()).isEqualTo(5);
            assertThat(policy.complaintDistributionWithin()).isEqualTo(Duration.ofMinutes(60));
        }
    }
}

package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @Test
    void schemaVersionConstantIsTheNewestMigration() throws IOException {
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> versioned.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void aReopenedDatabaseKeepsItsDataAndSchema(@TempDir Path dir) {
        try (Database db = Database.openFile(dir, "seat")) {
            new JooqSettingRepository(db).put("ui.locale", "es");
        }
        try (Database db = Database.openFile(dir, "seat")) {
            assertThat(new JooqSettingRepository(db).all()).containsEntry("ui.locale", "es");
        }
    }

    /// The admin guide tells administrators that `seat.trace.db` appears only after H2 met an
    /// error, and to send it with a problem report: creating a database is not an error. (Looked
    /// at while open: with the tests' `-ea`, H2's own assertions trip on close and trace that.)
    @Test
    void aNewDatabaseLeavesNoH2TraceFile(@TempDir Path dir) {
        try (Database db = Database.openFile(dir, "seat")) {
            new JooqSettingRepository(db).put("ui.locale", "en");
            assertThat(dir.resolve("seat.mv.db")).exists();
            assertThat(dir.resolve("seat.trace.db")).doesNotExist();
        }
    }

    /// ADR 0033: a short search prefix is tested in the seat's indexes; the hub, which writes every
    /// ticket and never searches the queue, keeps the narrow ones (ADR 0029's cost to it).
    @Test
    void aSeatsQueueIndexesCarryTheSearchKeysAndTheHubsDoNot(@TempDir Path dir) {
        try (Database seat = Database.openFile(dir, "seat"); Database hub = Database.openFile(dir, "hub")) {
            assertThat(indexColumns(seat, "ticket_queue_order"))
                    .containsExactly("priority", "created_at", "number", "phone_key", "terminal_key", "merchant_key", "barcode_key");
            assertThat(indexColumns(seat, "ticket_phone_key")).containsExactly("phone_key", "id");
            assertThat(indexColumns(hub, "ticket_queue_order")).containsExactly("priority", "created_at", "number");
            assertThat(indexColumns(hub, "ticket_phone_key")).containsExactly("phone_key");
        }
    }

    private static java.util.List<String> indexColumns(Database db, String index) {
        return db.dsl().fetch("select column_name from information_schema.index_columns where index_name = ? "
                + "order by ordinal_position", index).getValues(0, String.class);
    }

    /// A data folder last opened by a newer SeatDesk (or by a build with a migration since
    /// withdrawn) is refused with what to do, before Flyway touches it.
    @Test
    void aDatabaseOfANewerSeatDeskIsRefusedWithWhatToDoAndLeftAsItWas(@TempDir Path dir) throws Exception {
        Database.openFile(dir, "seat").close();
        int newer = Database.SCHEMA_VERSION + 1;
        TestData.markMigrated(dir, "seat", newer);
        int[] before = history(dir);
        assertThat(before[1]).isEqualTo(newer);

        assertThatThrownBy(() -> Database.openFile(dir, "seat"))
                .isInstanceOf(Database.NewerSchemaException.class)
                .hasMessageContaining(dir.resolve("seat.mv.db").toAbsolutePath().toString())
                .hasMessageContaining("schema version " + newer + "; this one knows up to " + Database.SCHEMA_VERSION)
                .hasMessageContaining("--data");

        assertThat(history(dir)).as("no migration ran, the history is as it was").containsExactly(before);
    }

    private static int[] history(Path dir) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(Database.url(dir, "seat"), "sa", "");
             var r = c.createStatement().executeQuery("select count(*), max(cast(\"version\" as int)) from \"flyway_schema_history\"")) {
            r.next();
            return new int[] {r.getInt(1), r.getInt(2)};
        }
    }
}

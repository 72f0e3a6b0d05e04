package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.Database;
import org.seatdesk.store.TestData;

/// A command given a data folder that a newer SeatDesk migrated says so and what to do, with an
/// exit code of its own, instead of Flyway's stack trace.
class NewerDatabaseTest {

    @Test
    void aCommandOnANewerDatabaseSaysWhatToDoAndExitsWithItsOwnCode(@TempDir Path dir) throws Exception {
        Database.openFile(dir, "hub").close();
        TestData.markMigrated(dir, "hub", 99);
        Path roster = Files.writeString(dir.resolve("roster.csv"), "holiday,2027-01-01,元旦,New Year's Day\n");
        String[] args = {"hub", "import-roster", "--data", dir.toString(), "--file", roster.toString()};
        StringWriter err = new StringWriter();

        int code = Main.commandLine(args).setErr(new PrintWriter(err, true)).execute(args);

        assertThat(code).isEqualTo(Launch.EXIT_NEWER_DATA);
        assertThat(err.toString())
                .contains("was written by a newer SeatDesk (schema version 99;")
                .contains("--data")
                .doesNotContain("Exception", "\tat ");
    }
}

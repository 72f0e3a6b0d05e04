package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

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
}

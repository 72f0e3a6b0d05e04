package org.seatdesk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqSettingRepository;
import org.seatdesk.ticket.TicketFormats;

/// Shipped defaults overlaid by what the centre stored; "configurable" numbers live here, not in code.
class SettingsTest {

    @TempDir
    Path dir;

    private static Properties shippedFile() throws IOException {
        Properties properties = new Properties();
        try (var in = SettingsTest.class.getResourceAsStream("/org/seatdesk/settings/defaults.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyValueOfTheDefaultsFileIsVisibleWhenNothingIsStored() throws IOException {
        Properties file = shippedFile();
        try (Database db = Database.openFile(dir, "seat")) {
            Settings settings = new Settings(new JooqSettingRepository(db));
            assertThat(file).isNotEmpty();
            file.forEach((name, value) -> assertThat(settings.get((String) name)).as((String) name).isEqualTo(value));
            assertThat(settings.getInt("ticket.dispatch.minutes")).isEqualTo(10); // R-TK-4
        }
    }

    @Test
    void storedSettingOverridesTheDefaultAndSurvivesReopening() {
        try (Database db = Database.openFile(dir, "seat")) {
            Settings settings = new Settings(new JooqSettingRepository(db));
            settings.put("ticket.complaint.distribution.minutes", "45");
            assertThat(settings.getInt("ticket.complaint.distribution.minutes")).isEqualTo(45);
        }
        try (Database db = Database.openFile(dir, "seat")) {
            Settings settings = new Settings(new JooqSettingRepository(db));
            assertThat(settings.getInt("ticket.complaint.distribution.minutes")).isEqualTo(45);
            assertThat(settings.getInt("ticket.dispatch.minutes")).isEqualTo(10);
        }
    }

    @Test
    void puttingTheSameSettingTwiceKeepsTheLastValue() {
        try (Database db = Database.openFile(dir, "seat")) {
            JooqSettingRepository repository = new JooqSettingRepository(db);
            Settings settings = new Settings(repository);
            settings.put(Settings.LOCALE, "es");
            settings.put(Settings.LOCALE, "zh_CN");
            assertThat(repository.all()).containsEntry(Settings.LOCALE, "zh_CN").hasSize(1);
            assertThat(new Settings(repository).locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
        }
    }

    @Test
    void unknownSettingIsRefusedAndNotStored() {
        try (Database db = Database.openFile(dir, "seat")) {
            JooqSettingRepository repository = new JooqSettingRepository(db);
            Settings settings = new Settings(repository);
            assertThatThrownBy(() -> settings.put("ticket.dispatch.minuets", "5"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minuets");
            assertThatThrownBy(() -> settings.get("no.such.setting")).isInstanceOf(IllegalArgumentException.class);
            assertThat(repository.all()).isEmpty();
        }
    }

    @Test
    void nonNumericValueOfANumericSettingIsReportedWithItsName() {
        try (Database db = Database.openFile(dir, "seat")) {
            Settings settings = new Settings(new JooqSettingRepository(db));
            settings.put("ticket.dispatch.minutes", "ten");
            assertThatThrownBy(() -> settings.getInt("ticket.dispatch.minutes"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ticket.dispatch.minutes").hasMessageContaining("ten");
        }
    }

    @Test
    void blankStoredPhonePatternSwitchesThatKindOfPhoneOff() {
        // R-TK-3 formats are settings: a centre without foreign callers can refuse international numbers
        try (Database db = Database.openFile(dir, "seat")) {
            Settings settings = new Settings(new JooqSettingRepository(db));
            assertThat(TicketFormats.from(settings).isPhone("+44 20 7946 0958")).isTrue();
            settings.put("ticket.format.phone.international", "");
            TicketFormats formats = TicketFormats.from(new Settings(new JooqSettingRepository(db)));
            assertThat(formats.isPhone("+44 20 7946 0958")).isFalse();
            assertThat(formats.isPhone("13812345678")).isTrue();
            assertThat(formats.phones()).hasSize(2);
        }
    }
}

package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @Test
    void theDataOptionWinsOverEverything() {
        assertThat(DataDirectory.resolve(Path.of("/srv/seat"), Map.of("SEATDESK_DATA", "/elsewhere"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/srv/seat"));
    }

    @Test
    void theEnvironmentVariableComesNext() {
        assertThat(DataDirectory.resolve(null, Map.of("SEATDESK_DATA", "/var/seat"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/var/seat"));
    }

    @Test
    void linuxFollowsXdgAndFallsBackToLocalShare() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/a")).isEqualTo(Path.of("/x/seatdesk"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/a")).isEqualTo(Path.of("/home/a/.local/share/seatdesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/SeatDesk"));
    }

    /// ADR 0037: `seat` and `supervisor` without `--data` never open the demo centre's database.
    @Test
    void theDemoKeepsAFolderOfItsOwnInsideTheDefault() {
        for (Map<String, String> env : java.util.List.of(Map.<String, String>of(), Map.of("SEATDESK_DATA", "/var/seat"),
                Map.of("XDG_DATA_HOME", "/x"))) {
            for (String os : java.util.List.of("Linux", "Windows 11", "Mac OS X")) {
                Path consoles = DataDirectory.resolve(null, env, os, "/home/a");
                Path demo = DataDirectory.demo(null, env, os, "/home/a");
                assertThat(demo).as(os + " " + env).isNotEqualTo(consoles).isEqualTo(consoles.resolve("demo"));
            }
        }
        assertThat(DataDirectory.demo(null, Map.of(), "Linux", "/home/a")).isEqualTo(Path.of("/home/a/.local/share/seatdesk/demo"));
    }

    @Test
    void theDemoTakesTheDataOptionAsGiven() {
        assertThat(DataDirectory.demo(Path.of("/srv/try"), Map.of("SEATDESK_DATA", "/var/seat"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/srv/try"));
    }

    @Test
    void aSecondConsoleOnTheSameDataDirectoryIsRefused(@TempDir Path dir) throws Exception {
        try (InstanceLock first = InstanceLock.acquire(dir)) {
            assertThatThrownBy(() -> InstanceLock.acquire(dir)).isInstanceOf(InstanceLock.AlreadyRunningException.class);
        }
        try (InstanceLock again = InstanceLock.acquire(dir)) {
            assertThat(dir.resolve("seatdesk.lock")).exists();
        }
    }
}

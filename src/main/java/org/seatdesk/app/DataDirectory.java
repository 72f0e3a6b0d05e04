package org.seatdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/// Where a console keeps its database and logs: `--data`, else `SEATDESK_DATA`, else the
/// platform's per-user data folder. The demo keeps its own folder, `demo` inside that one, so
/// that `seat` and `supervisor` never open the demo centre's data by default (ADR 0037).
public final class DataDirectory {

    /// The demo's folder inside the default one.
    static final String DEMO = "demo";

    private DataDirectory() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnv = env.get("SEATDESK_DATA");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.getOrDefault("LOCALAPPDATA", userHome + "\\AppData\\Local");
            return Path.of(local, "SeatDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "SeatDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "seatdesk") : Path.of(userHome, ".local", "share", "seatdesk");
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /// The demo's: `--data` as given, else the folder `demo` inside the default of {@link #resolve}.
    public static Path demo(Path option, Map<String, String> env, String osName, String userHome) {
        return option != null ? option.toAbsolutePath() : resolve(null, env, osName, userHome).resolve(DEMO);
    }

    public static Path demo(Path option) {
        return demo(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}

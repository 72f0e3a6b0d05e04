package org.seatdesk.ui;

import java.time.Duration;

/// Compact clock texts for countdowns and ages: `7:05`, `1:02:30`, `3d 4h`.
public final class DurationText {

    private DurationText() {
    }

    public static String clock(Duration duration) {
        long seconds = Math.abs(duration.toSeconds());
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
    }

    public static String age(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + "h " + minutes % 60 + "m";
        }
        return minutes / (24 * 60) + "d " + minutes % (24 * 60) / 60 + "h";
    }
}

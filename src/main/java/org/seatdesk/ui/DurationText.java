package org.seatdesk.ui;

import java.time.Duration;

import org.seatdesk.i18n.Messages;

/// Durations in the UI language's own units, from the bundles (`duration.*`): "2 days 22 h",
/// "2天22小时", "2 días 22 h"; counts take their plural through a choice format. Two units at
/// most, so a queue cell stays short; a zero second unit is left out ("3 h", not "3 h 0 min").
public final class DurationText {

    private final Messages messages;

    public DurationText(Messages messages) {
        this.messages = messages;
    }

    /// How long ago, to the minute: the age of a ticket. Never negative (a clock a little behind
    /// the hub would otherwise show "-1 min").
    public String age(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        return minutes == 0 ? messages.get("duration.minutes", 0) : span(Duration.ofMinutes(minutes));
    }

    /// A countdown to a deadline (R-TK-4, R-TK-9): "due in 6 min", "late by 6 min"; seconds only
    /// in the last minute, when they matter. Minutes are cut, not rounded: "due in 6 min" while
    /// 6:59 are left never promises more time than there is.
    public String countdown(Duration left) {
        Duration amount = left.abs();
        if (amount.toMinutes() > 0) {
            amount = Duration.ofMinutes(amount.toMinutes());
        }
        return messages.get(left.isNegative() ? "duration.late" : "duration.due", span(amount));
    }

    /// The largest unit and the next one: days and hours, hours and minutes, minutes, seconds.
    public String span(Duration duration) {
        long seconds = Math.abs(duration.toSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            return messages.get("duration.days", days, hours);
        }
        if (hours > 0) {
            return messages.get("duration.hours", hours, minutes);
        }
        if (minutes > 0) {
            return messages.get("duration.minutes", minutes);
        }
        return messages.get("duration.seconds", seconds % 60);
    }
}

package org.seatdesk.roster;

import java.time.Duration;
import java.time.LocalTime;

import org.seatdesk.settings.Settings;

/// The numbers of the leave and swap rules, from the centre's settings (domain.md: configurable).
public record RosterPolicy(Duration ordinaryNotice, Duration specialNotice, LocalTime nightCutoff,
                           int holidayNoticeDays, int maxSwapsPerMonth, Duration minimumRest) {

    /// The regulations' numbers: a day, an hour, 12:00, two days, two swaps, 8 hours of rest.
    public static RosterPolicy standard() {
        return new RosterPolicy(Duration.ofHours(24), Duration.ofHours(1), LocalTime.NOON, 2, 2, Duration.ofHours(8));
    }

    public static RosterPolicy from(Settings settings) {
        return new RosterPolicy(Duration.ofHours(settings.getInt("leave.notice.ordinary-hours")),
                Duration.ofMinutes(settings.getInt("leave.notice.special-minutes")),
                LocalTime.parse(settings.get("leave.night.cutoff")),
                settings.getInt("leave.holiday.notice-days"),
                settings.getInt("swap.max-per-month"),
                Duration.ofHours(settings.getInt("roster.rest.minimum-hours")));
    }
}

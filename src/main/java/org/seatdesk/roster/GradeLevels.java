package org.seatdesk.roster;

import org.seatdesk.security.Grade;
import org.seatdesk.settings.Settings;

/// R-GR-1: the grade a typing speed earns (Chinese characters a minute). Senior is squad-leader
/// level, given by appointment, never by speed alone.
public record GradeLevels(int juniorPerMinute, int intermediatePerMinute) {

    public static GradeLevels from(Settings settings) {
        return new GradeLevels(settings.getInt("grade.junior.chars-per-minute"),
                settings.getInt("grade.intermediate.chars-per-minute"));
    }

    /// Null below the junior level: not yet fit to take calls.
    public Grade forTypingSpeed(int charsPerMinute) {
        if (charsPerMinute >= intermediatePerMinute) {
            return Grade.INTERMEDIATE;
        }
        return charsPerMinute >= juniorPerMinute ? Grade.JUNIOR : null;
    }
}

package org.seatdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.ShiftType;

/// Shift names in the three UI languages (R-SH-1's roll call, the roster, the status bar and the
/// wall all name the shift): the centre's own Chinese and English names, the bundle's Spanish
/// names for the standard shifts (the Spanish console showed "Day shift").
class ShiftNamesTest {

    private static final ShiftType DAY = new ShiftType("DAY", "白班", "Day shift (08-16)", LocalTime.of(8, 0), LocalTime.of(16, 0));
    private static final ShiftType OWN = new ShiftType("EVE2", "晚二班", "Second evening", LocalTime.of(18, 0), LocalTime.of(2, 0));

    @Test
    void eachLanguageGetsItsOwnNameForAStandardShift() {
        assertThat(ShiftNames.of(DAY, new Messages(Locale.SIMPLIFIED_CHINESE))).isEqualTo("白班");
        assertThat(ShiftNames.of(DAY, new Messages(Locale.ENGLISH))).isEqualTo("Day shift (08-16)");
        assertThat(ShiftNames.of(DAY, new Messages(Locale.forLanguageTag("es")))).isEqualTo("Turno de día");
    }

    @Test
    void aShiftTypeOfTheCentresOwnFallsBackToItsEnglishNameInSpanish() {
        assertThat(ShiftNames.of(OWN, new Messages(Locale.forLanguageTag("es")))).isEqualTo("Second evening");
        assertThat(ShiftNames.ofCode("EVE2", new Messages(Locale.forLanguageTag("es")))).isEqualTo("EVE2");
        assertThat(ShiftNames.ofCode("NIGHT", new Messages(Locale.forLanguageTag("es")))).isEqualTo("Turno de noche");
    }

    @Test
    void theRosterGridsBriefNameDropsSpanishTurnoButKeepsTheCentresOwnNames() {
        Messages es = new Messages(Locale.forLanguageTag("es"));
        assertThat(ShiftNames.brief(DAY, es)).isEqualTo("Día");
        assertThat(ShiftNames.brief(OWN, es)).isEqualTo("Second evening");
        assertThat(ShiftNames.brief(DAY, new Messages(Locale.ENGLISH))).isEqualTo("Day shift (08-16)");
        assertThat(ShiftNames.brief(DAY, new Messages(Locale.SIMPLIFIED_CHINESE))).isEqualTo("白班");
    }
}

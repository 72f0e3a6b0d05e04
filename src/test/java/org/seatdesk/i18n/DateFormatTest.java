package org.seatdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/// Dates are written in the UI language, whatever the machine's locale is.
class DateFormatTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void eachLanguageWritesTheDayItsOwnWayWithAFourDigitYear() {
        assertThat(new Messages(Locale.ENGLISH).dateFormat().format(DAY)).isEqualTo("11/24/2026");
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).dateFormat().format(DAY)).isEqualTo("2026/11/24");
        assertThat(new Messages(Locale.forLanguageTag("es")).dateFormat().format(DAY)).isEqualTo("24/11/2026");
    }

    @Test
    void theFormatDoesNotFollowTheMachinesLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertThat(new Messages(Locale.forLanguageTag("es")).dateFormat().format(DAY)).isEqualTo("24/11/2026");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Property
    void whatIsWrittenIsReadBackAsTheSameDay(@ForAll("days") LocalDate day, @ForAll("languages") Locale language) {
        var format = new Messages(language).dateFormat();
        assertThat(LocalDate.parse(format.format(day), format)).isEqualTo(day);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Locale> languages() {
        return Arbitraries.of(Messages.SUPPORTED);
    }
}

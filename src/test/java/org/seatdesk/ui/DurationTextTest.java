package org.seatdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.seatdesk.i18n.Messages;

/// Durations and countdowns in the UI language's units, with plural forms where the language has
/// them (R-TK-4, R-TK-9: the queue's countdowns; the age of a ticket).
class DurationTextTest {

    private static final DurationText EN = new DurationText(new Messages(Locale.ENGLISH));
    private static final DurationText ZH = new DurationText(new Messages(Locale.SIMPLIFIED_CHINESE));
    private static final DurationText ES = new DurationText(new Messages(Locale.forLanguageTag("es")));

    private static final Duration TWO_DAYS_22_H = Duration.ofDays(2).plusHours(22).plusMinutes(5);

    @Test
    void eachLanguageWritesAnAgeInItsOwnUnits() {
        assertThat(EN.age(TWO_DAYS_22_H)).isEqualTo("2 days 22 h");
        assertThat(ZH.age(TWO_DAYS_22_H)).isEqualTo("2天22小时");
        assertThat(ES.age(TWO_DAYS_22_H)).isEqualTo("2 días 22 h");
        assertThat(EN.age(Duration.ofMinutes(197))).isEqualTo("3 h 17 min");
        assertThat(ZH.age(Duration.ofMinutes(197))).isEqualTo("3小时17分");
        assertThat(ES.age(Duration.ofMinutes(37))).isEqualTo("37 min");
    }

    @Test
    void oneDayIsSingularAndAZeroSecondUnitIsLeftOut() {
        assertThat(EN.age(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(ES.age(Duration.ofDays(1).plusHours(3))).isEqualTo("1 día 3 h");
        assertThat(ES.age(Duration.ofDays(5))).isEqualTo("5 días");
        assertThat(EN.age(Duration.ofHours(3))).isEqualTo("3 h");
        assertThat(ZH.age(Duration.ofHours(3))).isEqualTo("3小时");
    }

    @Test
    void anAgeIsNeverNegativeNorInSeconds() {
        assertThat(EN.age(Duration.ofSeconds(-40))).isEqualTo("0 min");
        assertThat(ZH.age(Duration.ofSeconds(40))).isEqualTo("0分钟");
    }

    @Test
    void theCountdownSaysDueInOrLateByInNaturalWords_R_TK_4() {
        Duration sixMinutes = Duration.ofMinutes(6).plusSeconds(3);
        assertThat(EN.countdown(sixMinutes)).isEqualTo("due in 6 min");
        assertThat(EN.countdown(sixMinutes.negated())).isEqualTo("late by 6 min");
        assertThat(ZH.countdown(sixMinutes)).isEqualTo("还剩6分钟");
        assertThat(ZH.countdown(sixMinutes.negated())).isEqualTo("超时6分钟");
        assertThat(ES.countdown(sixMinutes)).isEqualTo("vence en 6 min");
        assertThat(ES.countdown(sixMinutes.negated())).isEqualTo("con 6 min de retraso");
        assertThat(ES.countdown(Duration.ofSeconds(-75 * 60))).isEqualTo("con 1 h 15 min de retraso");
    }

    @Test
    void theLastMinuteCountsSecondsAndMinutesNeverPromiseMoreTimeThanIsLeft_R_TK_4() {
        assertThat(EN.countdown(Duration.ofSeconds(45))).isEqualTo("due in 45 s");
        assertThat(ZH.countdown(Duration.ofSeconds(-45))).isEqualTo("超时45秒");
        assertThat(EN.countdown(Duration.ofSeconds(6 * 60 + 59))).isEqualTo("due in 6 min");
    }

    @Property
    void chineseTextsHaveNoLatinUnitLetters(@ForAll("durations") Duration duration) {
        assertThat(ZH.age(duration)).doesNotContainPattern("[A-Za-z]");
        assertThat(ZH.countdown(duration)).doesNotContainPattern("[A-Za-z]");
        assertThat(ZH.countdown(duration.negated())).doesNotContainPattern("[A-Za-z]");
    }

    @Property
    void englishAndSpanishTextsHaveNoChineseAndNoCompactEnglishUnits(@ForAll("durations") Duration duration) {
        for (DurationText text : new DurationText[] {EN, ES}) {
            for (String written : new String[] {text.age(duration), text.countdown(duration), text.countdown(duration.negated())}) {
                assertThat(written).doesNotContainPattern("\\p{IsHan}")
                        .as("a number stands apart from its unit: \"2 days\", not \"2d\"")
                        .doesNotContainPattern("\\d[a-z]");
            }
        }
    }

    @Property
    void spanishSaysDiasNotDays(@ForAll("durations") Duration duration) {
        assertThat(ES.age(duration)).doesNotContain("day").doesNotContain("late").doesNotContain("due");
        assertThat(ES.countdown(duration.plusSeconds(1).negated())).endsWith("de retraso");
    }

    @Property
    void aDayCountIsSingularOnlyForOneDay(@ForAll("durations") Duration duration) {
        long days = duration.toDays();
        String en = EN.age(duration);
        String es = ES.age(duration);
        if (days == 1) {
            assertThat(en).startsWith("1 day").doesNotStartWith("1 days");
            assertThat(es).startsWith("1 día").doesNotStartWith("1 días");
        } else if (days > 1) {
            assertThat(en).contains(" days");
            assertThat(es).contains(" días");
        }
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(0, 400L * 86_400).map(Duration::ofSeconds);
    }
}

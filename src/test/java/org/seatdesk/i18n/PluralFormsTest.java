package org.seatdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/// Counts take their plural form through MessageFormat's choice format: "1 article", "2 articles".
class PluralFormsTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ES = new Messages(Locale.forLanguageTag("es"));
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void oneArticleIsSingular_R_KB_4() {
        assertThat(EN.get("kb.results.count", 1, 12)).isEqualTo("1 article · 12 ms");
        assertThat(EN.get("kb.results.count", 2, 12)).isEqualTo("2 articles · 12 ms");
        assertThat(EN.get("kb.results.count", 0, 12)).isEqualTo("0 articles · 12 ms");
        assertThat(ES.get("kb.results.count", 1, 12)).isEqualTo("1 artículo · 12 ms");
        assertThat(ES.get("kb.results.count", 5, 12)).isEqualTo("5 artículos · 12 ms");
        assertThat(ZH.get("kb.results.count", 1, 12)).isEqualTo("1 篇 · 12 毫秒");
    }

    @Property
    void onlyOneIsSingular(@ForAll @IntRange(min = 0, max = 100_000) int count) {
        String en = EN.get("kb.results.count", count, 3);
        String es = ES.get("kb.results.count", count, 3);
        if (count == 1) {
            assertThat(en).startsWith("1 article ");
            assertThat(es).startsWith("1 artículo ");
        } else {
            assertThat(en).contains(" articles ");
            assertThat(es).contains(" artículos ");
        }
    }
}

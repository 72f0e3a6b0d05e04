package org.seatdesk.demo;

import static org.seatdesk.demo.DemoContent.pick;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/// Made-up people and phone numbers in the formats the centre accepts (defaults.properties, R-TK-3).
final class DemoNames {

    private final Random random;
    private final List<String> surnames;
    private final List<String> givenNames;
    private final List<String> englishContacts;
    private final List<String> mobilePrefixes;
    private final Set<String> used = new HashSet<>();

    DemoNames(DemoContent content, Random random) {
        this.random = random;
        this.surnames = content.words("surnames");
        this.givenNames = content.words("given-names");
        this.englishContacts = content.words("contacts-en");
        this.mobilePrefixes = content.words("mobile-prefixes");
        content.rows("staff").forEach(row -> used.add(row[1]));
    }

    String chinese() {
        return pick(random, surnames) + pick(random, givenNames);
    }

    /// A name nobody else in the centre has: inspectors are dispatch targets by name.
    String uniqueChinese() {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String name = chinese();
            if (used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("centre.txt: too few names for unique inspectors");
    }

    /// How a merchant often gives their name on the phone: 陈先生, 林女士.
    String chineseContact() {
        return random.nextInt(3) == 0 ? pick(random, surnames) + (random.nextBoolean() ? "先生" : "女士") : chinese();
    }

    String englishContact() {
        return pick(random, englishContacts);
    }

    /// 11 digits, 1[3-9]x…
    String mobile() {
        return pick(random, mobilePrefixes) + digits(8, false);
    }

    /// Area code, dash, 8 digits not starting with 0 or 1: 020-38881234.
    String landline(String areaCode) {
        return areaCode + "-" + (2 + random.nextInt(7)) + digits(7, false);
    }

    String digits(int count, boolean nonZeroFirst) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 && nonZeroFirst ? 1 + random.nextInt(9) : random.nextInt(10));
        }
        return sb.toString();
    }
}

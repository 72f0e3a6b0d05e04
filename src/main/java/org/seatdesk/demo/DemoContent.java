package org.seatdesk.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/// The names, places and phrases of the demo centre, read from `centre.txt` next to this class:
/// content lives in one editable file, not in code.
final class DemoContent {

    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\|");

    private final Map<String, List<String[]>> sections;

    private DemoContent(Map<String, List<String[]>> sections) {
        this.sections = sections;
    }

    static DemoContent load() {
        return load("centre.txt");
    }

    /// Another content file of the same format next to this class (e.g. `roster.txt`).
    static DemoContent load(String file) {
        try (InputStream in = DemoContent.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoContent parse(BufferedReader reader) throws IOException {
        Map<String, List<String[]>> sections = new LinkedHashMap<>();
        List<String[]> current = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                current = sections.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException("centre.txt: line outside a section: " + text);
            } else {
                current.add(FIELD_SEPARATOR.split(text, -1));
            }
        }
        return new DemoContent(sections);
    }

    /// The lines of a section, each split into its `|`-separated fields.
    List<String[]> rows(String section) {
        List<String[]> rows = sections.get(section);
        if (rows == null || rows.isEmpty()) {
            throw new IllegalStateException("centre.txt has no section [" + section + "]");
        }
        return rows;
    }

    /// Every field of every line of a section, for plain word lists.
    List<String> words(String section) {
        return rows(section).stream().flatMap(java.util.Arrays::stream).toList();
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /// `items[i]` with probability `weights[i] / sum(weights)`.
    @SafeVarargs
    static <T> T weighted(Random random, int[] weights, T... items) {
        if (weights.length != items.length) {
            throw new IllegalArgumentException("one weight per item");
        }
        int roll = random.nextInt(java.util.Arrays.stream(weights).sum());
        for (int i = 0; i < items.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items[i];
            }
        }
        throw new AssertionError("unreachable");
    }
}

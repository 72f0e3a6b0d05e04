package org.seatdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Every user-visible string lives in the bundles (en, zh_CN, es): the same keys in all three,
/// none duplicated, none unused, none missing for a key the code asks for or an enum it labels.
class I18nConsistencyTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/seatdesk/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern GET_CALL = Pattern.compile("(?:\\bmessages|new Messages\\([^)]*\\))\\.get\\(\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"\\s*[,)]");
    /// Keys built at run time from a prefix and an enum constant's name.
    private static final Map<String, String> DYNAMIC_PREFIXES = Map.of(
            "nav.", "enum Page",
            "supervisor.nav.", "enum Page",
            "problem.format.", "enum TicketField");

    @ParameterizedTest
    @ValueSource(strings = {"messages_zh_CN.properties", "messages_es.properties"})
    void everyLanguageHasExactlyTheEnglishKeys(String bundle) throws IOException {
        assertThat(keys(bundle).keySet()).containsExactlyInAnyOrderElementsOf(keys("messages.properties").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties", "messages_es.properties"})
    void noKeyIsDefinedTwice(String bundle) throws IOException {
        List<String> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String key : rawKeys(bundle)) {
            if (!seen.add(key)) {
                duplicates.add(key);
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties", "messages_es.properties"})
    void noValueIsBlank(String bundle) throws IOException {
        assertThat(keys(bundle).entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey))
                .isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> defined = keys("messages.properties").keySet();
        Set<String> asked = new TreeSet<>();
        for (String source : sources().values()) {
            Matcher m = GET_CALL.matcher(source);
            while (m.find()) {
                asked.add(m.group(1));
            }
        }
        assertThat(asked).isNotEmpty();
        assertThat(asked).allSatisfy(key -> assertThat(defined).contains(key));
    }

    @Test
    void everyConstantOfALabelledEnumHasALabel() throws IOException {
        Set<String> defined = keys("messages.properties").keySet();
        Map<String, String> sources = sources();
        Set<String> enumTypes = new TreeSet<>();
        defined.stream().filter(k -> k.startsWith("enum.")).forEach(k -> enumTypes.add(k.substring(5, k.lastIndexOf('.'))));
        List<String> missing = new ArrayList<>();
        for (String type : enumTypes) {
            for (String constant : constantsOf(type, sources)) {
                if (!defined.contains("enum." + type + "." + constant)) {
                    missing.add("enum." + type + "." + constant);
                }
            }
        }
        assertThat(enumTypes).contains("TicketType", "TicketField", "TicketEvent.Kind");
        assertThat(missing).isEmpty();
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Map<String, String> sources = sources();
        String all = String.join("\n", sources.values());
        Set<String> literals = new HashSet<>();
        Matcher m = LITERAL_KEY.matcher(all);
        while (m.find()) {
            literals.add(m.group(1));
        }
        List<String> unused = keys("messages.properties").keySet().stream()
                .filter(key -> !literals.contains(key))
                .filter(key -> !isEnumLabel(key, sources))
                .filter(key -> DYNAMIC_PREFIXES.entrySet().stream().noneMatch(d -> key.startsWith(d.getKey())
                        && all.contains("\"" + d.getKey() + "\"")
                        && enumDeclaring(d.getValue(), sources).contains(key.substring(d.getKey().length()))))
                .sorted()
                .toList();
        assertThat(unused).isEmpty();
    }

    private static boolean isEnumLabel(String key, Map<String, String> sources) {
        if (!key.startsWith("enum.")) {
            return false;
        }
        String type = key.substring(5, key.lastIndexOf('.'));
        return constantsOf(type, sources).contains(key.substring(key.lastIndexOf('.') + 1));
    }

    /// Constants of `Outer` or `Outer.Inner`, read from the source file of the outer type.
    private static Set<String> constantsOf(String type, Map<String, String> sources) {
        String outer = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return sources.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/" + outer + ".java"))
                .findFirst()
                .map(e -> constants("enum " + simple, e.getValue()))
                .orElse(Set.of());
    }

    private static Set<String> enumDeclaring(String declaration, Map<String, String> sources) {
        // Several frames have an `enum Page` (seat, supervisor): a key may name a page of any.
        return sources.values().stream().flatMap(source -> constants(declaration, source).stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Set<String> constants(String declaration, String source) {
        String code = source.replaceAll("(?m)//.*$", "");
        Matcher m = Pattern.compile(Pattern.quote(declaration) + "\\s*\\{([^;}]*)").matcher(code);
        Set<String> constants = new TreeSet<>();
        if (m.find()) {
            Matcher c = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\b(?:\\([^)]*\\))?\\s*[,;]?").matcher(m.group(1));
            while (c.find()) {
                constants.add(c.group(1));
            }
        }
        return constants;
    }

    private static Map<String, String> sources() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(file.toString(), Files.readString(file));
            }
        }
        return sources;
    }

    private static Map<String, String> keys(String bundle) throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static List<String> rawKeys(String bundle) throws IOException {
        return Files.readAllLines(BUNDLES.resolve(bundle), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip())
                .toList();
    }
}

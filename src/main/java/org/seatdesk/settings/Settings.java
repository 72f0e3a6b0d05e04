package org.seatdesk.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/// The centre's settings: shipped defaults (`defaults.properties`) overlaid by what the centre
/// stored. Rules say "configurable"; the numbers live here, not in code.
public final class Settings {

    public static final String LOCALE = "ui.locale";

    private final Map<String, String> values = new HashMap<>();
    private final SettingRepository repository;

    public Settings(SettingRepository repository) {
        this.repository = repository;
        values.putAll(defaults());
        values.putAll(repository.all());
    }

    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Unknown setting: " + name);
        }
        return value;
    }

    public int getInt(String name) {
        String value = get(name);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Setting " + name + " must be a whole number, but is '" + value + "'", e);
        }
    }

    public void put(String name, String value) {
        get(name);
        repository.put(name, value);
        values.put(name, value);
    }

    public Locale locale() {
        return Locale.forLanguageTag(get(LOCALE).replace('_', '-'));
    }

    static Map<String, String> defaults() {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("defaults.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}

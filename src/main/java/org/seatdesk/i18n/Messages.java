package org.seatdesk.i18n;

import java.text.MessageFormat;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/// Every user-visible string, from the bundles `org/seatdesk/i18n/messages*.properties`
/// (en, zh_CN, es). A test fails on missing, unused or duplicate keys.
public final class Messages {

    public static final String BUNDLE = "org.seatdesk.i18n.messages";
    public static final java.util.List<Locale> SUPPORTED = java.util.List.of(
            Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("es"));

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /// How a date is written and typed in the UI language: the locale's short form with a
    /// four-digit year (en 11/24/2026, zh_CN 2026/11/24, es 24/11/2026), as JavaFX's own date
    /// pickers do, but in this language rather than the machine's.
    public DateTimeFormatter dateFormat() {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy"), locale);
    }

    /// A moment as the UI language writes it: its date format (above) and the 24-hour time, so
    /// that a page writes every date one way (en 11/24/2026 09:05, zh_CN 2026/11/24 09:05,
    /// es 24/11/2026 09:05).
    public DateTimeFormatter dateTimeFormat() {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy") + " HH:mm", locale);
    }

    /// Label of an enum constant: key `enum.<Type>.<NAME>`, nested types as `Outer.Inner`.
    public String label(Enum<?> value) {
        return value == null ? "" : get(labelKey(value));
    }

    public static String labelKey(Enum<?> value) {
        String type = value.getDeclaringClass().getName();
        return "enum." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + value.name();
    }

    /// Parses `en`, `zh_CN`, `zh-CN` or `es` into one of the supported locales.
    public static Locale parseLocale(String tag) {
        Locale wanted = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        for (Locale supported : SUPPORTED) {
            if (supported.getLanguage().equals(wanted.getLanguage())) {
                return supported;
            }
        }
        throw new IllegalArgumentException("Unsupported language '" + tag + "': use en, zh_CN or es");
    }
}

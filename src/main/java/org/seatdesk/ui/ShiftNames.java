package org.seatdesk.ui;

import java.util.Optional;

import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.ShiftType;

/// A shift's name in the UI language. The centre names its shift types itself, in Chinese and
/// English (they are settings); in Spanish the standard day, middle and night shifts have the
/// bundle's names, and a shift type of the centre's own falls back to its English name.
public final class ShiftNames {

    private ShiftNames() {
    }

    public static String of(ShiftType type, Messages messages) {
        return switch (messages.locale().getLanguage()) {
            case "zh" -> type.nameZh();
            case "en" -> type.nameEn();
            default -> standard(type.code(), messages).orElse(type.nameEn());
        };
    }

    /// The name for a narrow cell (the roster grid at 1366×768): in Spanish the standard shifts'
    /// short names ("Intermedio" for "Turno intermedio"); the centre's own Chinese and English
    /// names are short already.
    public static String brief(ShiftType type, Messages messages) {
        return switch (messages.locale().getLanguage()) {
            case "zh", "en" -> of(type, messages);
            default -> Optional.ofNullable(switch (type.code()) {
                case "DAY" -> messages.get("shift.short.DAY");
                case "MIDDLE" -> messages.get("shift.short.MIDDLE");
                case "NIGHT" -> messages.get("shift.short.NIGHT");
                default -> null;
            }).orElse(type.nameEn());
        };
    }

    /// For a screen that knows only the code (the wall): the bundle's name, or the code itself.
    public static String ofCode(String code, Messages messages) {
        return standard(code, messages).orElse(code);
    }

    private static Optional<String> standard(String code, Messages messages) {
        return Optional.ofNullable(switch (code) {
            case "DAY" -> messages.get("shift.DAY");
            case "MIDDLE" -> messages.get("shift.MIDDLE");
            case "NIGHT" -> messages.get("shift.NIGHT");
            default -> null;
        });
    }
}

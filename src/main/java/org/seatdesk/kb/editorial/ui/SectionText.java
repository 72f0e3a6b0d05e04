package org.seatdesk.kb.editorial.ui;

import org.seatdesk.i18n.Messages;

/// A section's name for the editor (R-KB-3), from the editor's own keys.
final class SectionText {

    private SectionText() {
    }

    static String of(Messages messages, String section) {
        return switch (section == null ? "" : section) {
            case "COMPREHENSIVE" -> messages.get("kb.editor.section.COMPREHENSIVE");
            case "BUSINESS" -> messages.get("kb.editor.section.BUSINESS");
            case "ENCYCLOPEDIA" -> messages.get("kb.editor.section.ENCYCLOPEDIA");
            case "LIFE" -> messages.get("kb.editor.section.LIFE");
            case "SCRIPTS" -> messages.get("kb.editor.section.SCRIPTS");
            default -> "";
        };
    }
}

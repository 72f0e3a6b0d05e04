package org.seatdesk.kb.editorial.ui;

import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.editorial.EditorialException;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.Revision;
import org.seatdesk.kb.editorial.Step;

/// Why a command was refused, in the editor's language (R-KB-1: refused with a reason).
final class RefusalText {

    private RefusalText() {
    }

    static String of(Messages messages, EditorialException refused) {
        return switch (refused.reason()) {
            case "role" -> messages.get("kb.editor.refused.role");
            case "order" -> messages.get("kb.editor.refused.order");
            case "note" -> messages.get("kb.editor.refused.note");
            case "note_length" -> messages.get("kb.editor.refused.noteLength", Step.NOTE_LIMIT);
            case "no_text" -> messages.get("kb.editor.refused.noText");
            case "not_editing" -> messages.get("kb.editor.refused.notEditing");
            case "body_length" -> messages.get("kb.editor.body.tooLong", Revision.BODY_LIMIT, Revision.BODY_LIMIT + 1);
            case "title_missing" -> messages.get("kb.editor.refused.title");
            case "department_missing" -> messages.get("kb.editor.refused.department");
            case "category_missing", "category" -> messages.get("kb.editor.refused.category");
            case "category_exists" -> messages.get("kb.editor.refused.categoryExists");
            case "material_size" -> messages.get("kb.editor.refused.materialSize", Material.SIZE_LIMIT / (1024 * 1024));
            case "material_empty", "material_unreadable" -> messages.get("kb.editor.refused.materialUnreadable");
            case "material_incomplete" -> messages.get("kb.editor.refused.materialIncomplete");
            case "material_corrupt" -> messages.get("kb.editor.refused.materialCorrupt");
            case "material_unwritable" -> messages.get("kb.editor.refused.materialUnwritable");
            default -> messages.get("kb.editor.refused.other", refused.getMessage());
        };
    }
}

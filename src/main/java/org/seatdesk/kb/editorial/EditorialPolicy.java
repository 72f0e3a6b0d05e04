package org.seatdesk.kb.editorial;

import java.util.EnumSet;
import java.util.Set;

import org.seatdesk.security.Role;

/// Who may write which editorial record besides the flow's steps (domain.md roles table:
/// the KB editor maintains the knowledge base; the centre director, who reads incoming
/// notices, may attach the notice as it arrived). The console and the hub ask the same table.
public final class EditorialPolicy {

    private static final Set<Role> MATERIAL = EnumSet.of(Role.KB_EDITOR, Role.CENTRE_DIRECTOR);

    private EditorialPolicy() {
    }

    /// Versions of an article's text, and the catalogue (R-KB-2).
    public static boolean mayEdit(Role role) {
        return role == Role.KB_EDITOR;
    }

    public static boolean mayAddMaterial(Role role) {
        return MATERIAL.contains(role);
    }
}

package org.seatdesk.security;

/// The people of the room (domain.md, "People and places"); the face a role opens by default.
public enum Role {
    AGENT,
    CALLBACK_DESK,
    SHIFT_MONITOR,
    DEPARTMENT_DIRECTOR,
    CENTRE_DIRECTOR,
    QUALITY_INSPECTOR,
    KB_EDITOR,
    /// The wall screen's login: read-only, and the hub only ever sends it redacted data.
    WALL;

    public boolean isSupervisor() {
        return this != AGENT && this != CALLBACK_DESK && this != WALL;
    }
}

package org.seatdesk.kb.editorial;

import java.util.UUID;

import org.seatdesk.security.Role;

/// Who takes a step, saves a version or changes the catalogue (R-KB-1: who did each step).
public record Actor(UUID staffId, String name, Role role) {
}

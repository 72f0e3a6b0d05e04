package org.seatdesk.security;

/// Skill levels (R-GR-1): junior types 30+ Chinese characters a minute, intermediate 50+,
/// senior is squad-leader level. The "skill level" of swap rule R-SW-4.
public enum Grade {
    JUNIOR,
    INTERMEDIATE,
    SENIOR
}

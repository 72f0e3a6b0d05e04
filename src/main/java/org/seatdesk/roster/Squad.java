package org.seatdesk.roster;

import java.util.UUID;

/// A squad and its leader, who approves its members' swaps (R-SW-1).
public record Squad(String code, String nameZh, String nameEn, UUID leaderId) {
}

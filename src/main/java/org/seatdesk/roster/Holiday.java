package org.seatdesk.roster;

import java.time.LocalDate;

/// A public holiday: a shift on it is holiday duty (R-SW-5; R-LV-5).
public record Holiday(LocalDate day, String nameZh, String nameEn) {
}

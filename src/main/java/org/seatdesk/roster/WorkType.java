package org.seatdesk.roster;

/// A type of work (inbound, callback, …): a swap stays within one (R-SW-4).
public record WorkType(String code, String nameZh, String nameEn) {
}

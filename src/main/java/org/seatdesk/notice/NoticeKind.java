package org.seatdesk.notice;

/// R-SH-3: what a notice announces.
public enum NoticeKind {
    BUSINESS_CHANGE,
    POLICY
}

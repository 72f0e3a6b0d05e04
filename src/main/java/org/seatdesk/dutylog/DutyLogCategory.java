package org.seatdesk.dutylog;

/// What a duty-log entry is about (R-SH-5: the daily and weekly reports count consultations,
/// inquiries, complaints, active service and system problems; seats are arranged by the monitor).
public enum DutyLogCategory {
    EVENT,
    COMPLAINT,
    SYSTEM_PROBLEM,
    SEAT_ARRANGEMENT,
    ACTIVE_SERVICE,
    OTHER
}

package org.seatdesk.wall;

import java.util.List;

import org.seatdesk.rollcall.RollCallMark;

/// What the wall shows at one moment: the roll call of the shift being called, the monitor
/// calling it, live ticket counts and the latest notices' titles. No customer data (R-SEC-1).
public record WallSnapshot(String shiftCode, java.time.LocalDate shiftDay, String monitorName, List<RollCallMark> rollCall,
                           Counts counts, List<String> notices) {

    /// Open tickets, those past their dispatch deadline (R-TK-4, R-TK-9), urgent ones (R-TK-8),
    /// and those waiting for callback verification (R-TK-7).
    public record Counts(int open, int late, int urgent, int callbacksDue) {
    }
}

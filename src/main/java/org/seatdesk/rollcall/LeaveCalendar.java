package org.seatdesk.rollcall;

import java.time.LocalDate;
import java.util.UUID;

/// Whether a person has approved leave on a day (R-LV, from the roster's leave decisions), so
/// roll call shows them as on leave, never absent (R-SH-1). The roster feature supplies it.
@FunctionalInterface
public interface LeaveCalendar {

    /// No leave is known (a console without roster records): nobody shows as on leave.
    LeaveCalendar NONE = (staffId, day) -> false;

    boolean onApprovedLeave(UUID staffId, LocalDate day);
}

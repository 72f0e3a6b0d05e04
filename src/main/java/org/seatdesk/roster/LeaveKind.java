package org.seatdesk.roster;

/// Kinds of leave (R-LV-1, R-LV-3): personal and sick leave are "ordinary" (a day's notice),
/// special leave needs an hour's notice, an emergency is phoned in to the monitor before the shift.
public enum LeaveKind {
    PERSONAL,
    SICK,
    SPECIAL,
    EMERGENCY;

    /// Ordinary leave (R-LV-1): requested at least one day ahead.
    public boolean ordinary() {
        return this == PERSONAL || this == SICK;
    }
}

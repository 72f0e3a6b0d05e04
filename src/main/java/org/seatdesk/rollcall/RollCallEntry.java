package org.seatdesk.rollcall;

import java.util.UUID;

/// One line of the roll-call sheet: a rostered person, whether they are on approved leave, who
/// gave them the shift if it came by a swap (R-SW-6), and their latest mark (null before they
/// are called).
public record RollCallEntry(UUID staffId, String staffNo, String name, String seatCode, boolean onLeave,
                            String swappedWith, RollCallMark latest) {

    public Mark mark() {
        return latest == null ? null : latest.mark();
    }

    /// This line after `mark`.
    public RollCallEntry with(RollCallMark mark) {
        return new RollCallEntry(staffId, staffNo, name, seatCode, onLeave, swappedWith, mark);
    }
}

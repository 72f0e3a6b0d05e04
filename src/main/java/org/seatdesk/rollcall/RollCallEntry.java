package org.seatdesk.rollcall;

import java.util.UUID;

/// One line of the roll-call sheet: a rostered person, whether they are on approved leave, and
/// their latest mark (null before they are called).
public record RollCallEntry(UUID staffId, String staffNo, String name, String seatCode, boolean onLeave,
                            RollCallMark latest) {

    public Mark mark() {
        return latest == null ? null : latest.mark();
    }
}

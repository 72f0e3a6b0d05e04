package org.seatdesk.roster;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

public interface RosterRepository {

    /// The shift `staffId` works that starts on `workDay`, if any.
    Optional<ShiftType> shiftOn(UUID staffId, LocalDate workDay);
}

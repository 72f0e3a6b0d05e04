package org.seatdesk.rollcall;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/// What roll call needs from the roster as it is worked (the plan with approved swaps applied);
/// the roster feature supplies it ({@link RosterCrew}).
public interface ShiftCrew {

    /// Who works `shiftCode` starting on `day`, by seat.
    List<Rostered> rostered(LocalDate day, String shiftCode);

    /// R-SW-6: who is recorded absent when `noShow` leaves their shift of `day` empty: they, and
    /// when the shift came to them by a swap, the other party too.
    List<Rostered> absentWhenEmpty(UUID noShow, LocalDate day);
}

package org.seatdesk.roster;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/// Which shift a person is on now, for the status bar. Checks yesterday too: a night shift
/// that began yesterday is still the current shift after midnight.
public final class RosterService {

    private final RosterRepository repository;
    private final ZoneId centreZone;

    public RosterService(RosterRepository repository, ZoneId centreZone) {
        this.repository = repository;
        this.centreZone = centreZone;
    }

    public Optional<ShiftType> currentShift(UUID staffId, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, centreZone);
        for (var day : new java.time.LocalDate[] {local.toLocalDate(), local.toLocalDate().minusDays(1)}) {
            Optional<ShiftType> shift = repository.shiftOn(staffId, day).filter(s -> s.covers(day, local));
            if (shift.isPresent()) {
                return shift;
            }
        }
        return Optional.empty();
    }
}

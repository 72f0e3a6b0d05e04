package org.seatdesk.rollcall;

import java.time.LocalDate;
import java.util.List;

import org.seatdesk.roster.ShiftType;
import org.seatdesk.sync.OutboxOperation;

/// Roll call in the local database; each write is one transaction with its outbox operations.
public interface RollCallRepository {

    List<ShiftType> shiftTypes();

    /// Who the roster puts on `shiftCode` starting on `day`, by seat.
    List<Rostered> rostered(LocalDate day, String shiftCode);

    /// Every mark of the shift, oldest first.
    List<RollCallMark> marks(LocalDate day, String shiftCode);

    /// The mark, and the discipline record it causes if any, with their outbox operations.
    void save(RollCallMark mark, DisciplineRecord discipline, List<OutboxOperation> operations);

    void save(DisciplineRecord discipline, OutboxOperation operation);

    List<DisciplineRecord> discipline(LocalDate day, String shiftCode);
}

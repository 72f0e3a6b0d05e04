package org.seatdesk.rollcall;

import java.time.LocalDate;
import java.util.List;

import org.seatdesk.roster.ShiftType;
import org.seatdesk.sync.OutboxOperation;

/// Roll call in the local database; each write is one transaction with its outbox operations.
public interface RollCallRepository {

    List<ShiftType> shiftTypes();

    /// Every mark of the shift, oldest first.
    List<RollCallMark> marks(LocalDate day, String shiftCode);

    /// The marks of one call (R-SW-6 may mark two people), and the discipline record it causes if
    /// any (null: none), with their outbox operations.
    void save(List<RollCallMark> marks, DisciplineRecord discipline, List<OutboxOperation> operations);

    void save(DisciplineRecord discipline, OutboxOperation operation);

    List<DisciplineRecord> discipline(LocalDate day, String shiftCode);
}

package org.seatdesk.dutylog;

import java.time.LocalDate;
import java.util.List;

import org.seatdesk.sync.OutboxOperation;

/// The duty log and escalations in the local database; each write with its outbox operation.
public interface DutyLogRepository {

    void save(DutyLogEntry entry, OutboxOperation operation);

    void save(Escalation escalation, OutboxOperation operation);

    List<DutyLogEntry> entries(LocalDate day, String shiftCode);

    /// Escalations of the shift, oldest first, including notices to skipped superiors.
    List<Escalation> escalations(LocalDate day, String shiftCode);
}

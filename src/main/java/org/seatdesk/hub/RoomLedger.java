package org.seatdesk.hub;

import java.util.Optional;
import java.util.UUID;

import org.seatdesk.dutylog.DutyLogEntry;
import org.seatdesk.dutylog.Escalation;
import org.seatdesk.rollcall.DisciplineRecord;
import org.seatdesk.rollcall.RollCallMark;

/// The room's append-only records at the hub (roll call, discipline, duty log, escalation),
/// inside a push transaction.
public interface RoomLedger {

    /// Whether any of the room's records has this id.
    boolean exists(UUID id);

    void add(RollCallMark mark);

    void add(DisciplineRecord record);

    void add(DutyLogEntry entry);

    void add(Escalation escalation);

    Optional<Escalation> escalation(UUID id);
}

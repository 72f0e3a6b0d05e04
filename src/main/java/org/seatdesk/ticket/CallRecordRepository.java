package org.seatdesk.ticket;

import java.time.Instant;

import org.seatdesk.sync.OutboxOperation;

public interface CallRecordRepository {

    /// Commits the record and its outbox operation together.
    void record(CallRecord record, OutboxOperation operation);

    /// For statistics: calls resolved by phone since `from`.
    int countSince(Instant from);
}

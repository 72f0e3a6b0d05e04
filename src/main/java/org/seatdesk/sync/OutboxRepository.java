package org.seatdesk.sync;

import java.util.List;

public interface OutboxRepository {

    /// Changes made here that the hub has not yet answered.
    int pendingCount();

    /// The oldest `limit` pending operations, in the order they were made.
    List<OutboxOperation> oldest(int limit);
}

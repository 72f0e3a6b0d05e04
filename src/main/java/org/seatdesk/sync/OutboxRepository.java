package org.seatdesk.sync;

import java.util.List;

public interface OutboxRepository {

    /// Changes made here that the hub has not yet answered.
    int pendingCount();

    /// The oldest `limit` pending operations, in the order they were made.
    List<OutboxOperation> oldest(int limit);

    /// The outbox of a console that writes nothing (the wall): never anything pending.
    static OutboxRepository none() {
        return new OutboxRepository() {
            @Override
            public int pendingCount() {
                return 0;
            }

            @Override
            public List<OutboxOperation> oldest(int limit) {
                return List.of();
            }
        };
    }
}

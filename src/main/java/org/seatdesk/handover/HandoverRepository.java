package org.seatdesk.handover;

import java.time.Instant;
import java.util.List;

import org.seatdesk.sync.OutboxOperation;

/// Persistence of the handover log; implemented by the store layer.
public interface HandoverRepository {

    /// Commits the entry and its outbox operation together.
    void write(HandoverEntry entry, OutboxOperation operation);

    /// Commits the acknowledgement and its outbox operation together.
    void acknowledge(HandoverAck ack, OutboxOperation operation);

    /// Entries of `region` written at or after `since`, newest first, each with its acknowledgements.
    List<HandoverItem> since(Instant since, String region);

    /// True if the ticket with this number is in the local cache.
    boolean ticketExists(String number);
}

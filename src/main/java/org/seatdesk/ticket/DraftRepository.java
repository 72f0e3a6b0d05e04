package org.seatdesk.ticket;

import java.util.Optional;
import java.util.UUID;

/// The unfinished form of each agent, kept so that a crash loses nothing typed.
public interface DraftRepository {

    void save(UUID staffId, TicketDraft draft);

    Optional<TicketDraft> load(UUID staffId);

    void discard(UUID staffId);
}

package org.seatdesk.hub;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.seatdesk.ticket.Ticket;

/// Puts the tickets a `hub --demo` seeded straight into its tables into the change feed, once,
/// as `ticket CREATE` changes of their own region: the wall, which keeps no database and reads
/// only the feed, then counts the demo's open, late and urgent work, and a seat that does not
/// have them yet receives them. Seats seeded with the same centre skip them (same id and version).
public final class DemoTicketFeed {

    private final HubStore store;
    private final Clock clock;

    public DemoTicketFeed(HubStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /// True if this call published them (a restart of the demo hub finds them already in the feed).
    public boolean publishOnce() {
        Instant now = clock.instant();
        return store.inTransaction(tx -> {
            long seq = tx.lockCounter();
            List<Ticket> tickets = tx.allTickets();
            if (tickets.isEmpty() || tx.appliedSeq(opId(tickets.getFirst())).isPresent()) {
                return false;
            }
            for (Ticket ticket : tickets) {
                UUID opId = opId(ticket);
                tx.appendChange(new Change(++seq, "ticket", ticket.id(), "CREATE", ticket.version(), ticket.region(),
                        PushService.write(ticket)), null, opId, ticket.createdBy(), now);
                tx.recordOp(opId, seq, ticket.createdBy(), now);
            }
            tx.setCounter(seq);
            tx.notifyOtherHubs(seq);
            return true;
        });
    }

    private static UUID opId(Ticket ticket) {
        return UUID.nameUUIDFromBytes(("seatdesk-demo/ticket/" + ticket.id()).getBytes(StandardCharsets.UTF_8));
    }
}

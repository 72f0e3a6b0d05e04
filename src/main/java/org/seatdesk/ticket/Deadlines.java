package org.seatdesk.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/// The clock that runs on an undispatched ticket: dispatch within 10 minutes of acceptance
/// (R-TK-4), or for a complaint distribution within 60 minutes (R-TK-9) instead — a complaint
/// goes to the people concerned, not to a field visit, so the 10-minute clock would make every
/// complaint late long before its own deadline (docs/adr/0006). A clock stops when the ticket is
/// dispatched or closed.
public final class Deadlines {

    private final TicketPolicy policy;

    public Deadlines(TicketPolicy policy) {
        this.policy = policy;
    }

    /// Time left to the dispatch deadline; negative when late; empty when the clock has stopped.
    public Optional<Duration> dispatchTimeLeft(Ticket ticket, Instant now) {
        if (ticket.type() == TicketType.COMPLAINT) {
            return Optional.empty();
        }
        return timeLeft(ticket, policy.dispatchWithin(), now);
    }

    /// Time left to distribute a complaint (R-TK-9); empty for other types or a stopped clock.
    public Optional<Duration> distributionTimeLeft(Ticket ticket, Instant now) {
        if (ticket.type() != TicketType.COMPLAINT) {
            return Optional.empty();
        }
        return timeLeft(ticket, policy.complaintDistributionWithin(), now);
    }

    public boolean isLate(Ticket ticket, Instant now) {
        return dispatchTimeLeft(ticket, now).map(Duration::isNegative).orElse(false)
                || distributionTimeLeft(ticket, now).map(Duration::isNegative).orElse(false);
    }

    private static Optional<Duration> timeLeft(Ticket ticket, Duration allowed, Instant now) {
        if (ticket.status() != TicketStatus.NEW) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, ticket.createdAt().plus(allowed)));
    }
}

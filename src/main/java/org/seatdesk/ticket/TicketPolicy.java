package org.seatdesk.ticket;

import java.time.Duration;

import org.seatdesk.settings.Settings;

/// The configurable numbers of the ticket rules, with the regulations' values as defaults.
public record TicketPolicy(Duration dispatchWithin, Duration complaintDistributionWithin,
                           Duration returnVisitWithin, int unreachableAfterAttempts, int callbackSamplePercent) {

    public static TicketPolicy from(Settings settings) {
        return new TicketPolicy(
                Duration.ofMinutes(settings.getInt("ticket.dispatch.minutes")),              // R-TK-4
                Duration.ofMinutes(settings.getInt("ticket.complaint.distribution.minutes")), // R-TK-9
                Duration.ofHours(settings.getInt("ticket.return-visit.hours")),              // R-TK-10
                settings.getInt("ticket.callback.unreachable-attempts"),                     // R-TK-10
                settings.getInt("ticket.callback.sample-percent"));                          // R-TK-7
    }
}

package org.seatdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seatdesk.testing.Fixtures;

/// R-TK-4 (dispatch within 10 minutes) and R-TK-9 (complaints distributed within 60 minutes).
class DeadlinesTest {

    private static final Instant ACCEPTED = Instant.parse("2026-11-22T02:00:00Z");
    private static final TicketPolicy REGULATIONS = new TicketPolicy(Duration.ofMinutes(10), Duration.ofMinutes(60),
            Duration.ofHours(72), 3, 10);

    private final Deadlines deadlines = new Deadlines(REGULATIONS);

    private static Ticket newTicket(TicketType type) {
        return Fixtures.ticket(type, TicketStatus.NEW, ACCEPTED);
    }

    @Test
    void dispatchClockStartsWithTenMinutesAtAcceptance() {
        // R-TK-4
        assertThat(deadlines.dispatchTimeLeft(newTicket(TicketType.CONSULTATION), ACCEPTED))
                .contains(Duration.ofMinutes(10));
        assertThat(deadlines.dispatchTimeLeft(newTicket(TicketType.CONSULTATION), ACCEPTED.plusSeconds(90)))
                .contains(Duration.ofSeconds(510));
    }

    @Test
    void ticketIsNotLateExactlyAtTheDispatchDeadlineButIsJustAfterIt() {
        // R-TK-4: the flag goes up after 10 minutes, not at 10 minutes
        Ticket ticket = newTicket(TicketType.BUSINESS_REQUEST);
        Instant deadline = ACCEPTED.plus(Duration.ofMinutes(10));
        assertThat(deadlines.dispatchTimeLeft(ticket, deadline)).contains(Duration.ZERO);
        assertThat(deadlines.isLate(ticket, deadline)).isFalse();
        assertThat(deadlines.isLate(ticket, deadline.plusNanos(1))).isTrue();
        assertThat(deadlines.dispatchTimeLeft(ticket, deadline.plusSeconds(30))).contains(Duration.ofSeconds(-30));
    }

    @Test
    void complaintDistributionClockRunsSixtyMinutes() {
        // R-TK-9
        Ticket complaint = newTicket(TicketType.COMPLAINT);
        Instant deadline = ACCEPTED.plus(Duration.ofMinutes(60));
        assertThat(deadlines.distributionTimeLeft(complaint, ACCEPTED)).contains(Duration.ofMinutes(60));
        assertThat(deadlines.distributionTimeLeft(complaint, deadline)).contains(Duration.ZERO);
        assertThat(deadlines.distributionTimeLeft(complaint, deadline.plusNanos(1)))
                .hasValueSatisfying(left -> assertThat(left).isNegative());
    }

    @ParameterizedTest
    @EnumSource(value = TicketType.class, names = "COMPLAINT", mode = EnumSource.Mode.EXCLUDE)
    void onlyComplaintsHaveADistributionClock(TicketType type) {
        // R-TK-9 is about complaints; the others only have the dispatch clock of R-TK-4
        assertThat(deadlines.distributionTimeLeft(newTicket(type), ACCEPTED)).isEmpty();
        assertThat(deadlines.dispatchTimeLeft(newTicket(type), ACCEPTED)).isPresent();
    }

    @Test
    void complaintRunsOnTheSixtyMinuteClockInsteadOfTheTenMinuteOne_R_TK_9() {
        // ADR 0006: a complaint is distributed to the people concerned, so R-TK-9 replaces R-TK-4
        Ticket complaint = newTicket(TicketType.COMPLAINT);
        Instant at = ACCEPTED.plus(Duration.ofMinutes(11));
        assertThat(deadlines.dispatchTimeLeft(complaint, at)).isEmpty();
        assertThat(deadlines.distributionTimeLeft(complaint, at)).contains(Duration.ofMinutes(49));
        assertThat(deadlines.isLate(complaint, at)).isFalse();
        assertThat(deadlines.isLate(complaint, ACCEPTED.plus(Duration.ofMinutes(61)))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"DISPATCHED", "CLOSED"})
    void clocksStopOnceTheTicketIsDispatchedOrClosed(TicketStatus status) {
        Ticket complaint = Fixtures.ticket(TicketType.COMPLAINT, status, ACCEPTED);
        Instant muchLater = ACCEPTED.plus(Duration.ofDays(3));
        assertThat(deadlines.dispatchTimeLeft(complaint, muchLater)).isEmpty();
        assertThat(deadlines.distributionTimeLeft(complaint, muchLater)).isEmpty();
        assertThat(deadlines.isLate(complaint, muchLater)).isFalse();
    }

    @Test
    void configuredDeadlineReplacesTheRegulationsDefault() {
        // R-TK-4 says "configurable": the policy, not the code, holds the number
        Deadlines relaxed = new Deadlines(new TicketPolicy(Duration.ofMinutes(15), Duration.ofMinutes(30),
                Duration.ofHours(72), 3, 10));
        Ticket request = newTicket(TicketType.BUSINESS_REQUEST);
        Ticket complaint = newTicket(TicketType.COMPLAINT);
        assertThat(relaxed.dispatchTimeLeft(request, ACCEPTED)).contains(Duration.ofMinutes(15));
        assertThat(relaxed.isLate(request, ACCEPTED.plus(Duration.ofMinutes(12)))).isFalse();
        assertThat(relaxed.distributionTimeLeft(complaint, ACCEPTED)).contains(Duration.ofMinutes(30));
        assertThat(relaxed.isLate(complaint, ACCEPTED.plus(Duration.ofMinutes(31)))).isTrue();
    }
}

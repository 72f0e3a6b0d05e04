package org.seatdesk.ticket;

/// One thing wrong with one field; the UI turns the problem into a message in its language.
public record FieldProblem(TicketField field, Problem problem, int limit) {

    public enum Problem {
        REQUIRED,
        ONE_IDENTIFIER_REQUIRED,
        BAD_FORMAT,
        TOO_LONG
    }

    public static FieldProblem of(TicketField field, Problem problem) {
        return new FieldProblem(field, problem, 0);
    }
}

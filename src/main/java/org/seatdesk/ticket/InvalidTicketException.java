package org.seatdesk.ticket;

import java.util.List;

/// Thrown when a save is attempted with problems; the form shows each at its field.
public final class InvalidTicketException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidTicketException(List<FieldProblem> problems) {
        super("Ticket has " + problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

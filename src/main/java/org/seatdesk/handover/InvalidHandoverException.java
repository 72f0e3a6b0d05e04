package org.seatdesk.handover;

import java.util.List;

/// An entry that breaks a rule of {@link HandoverService#check}; nothing was written.
public final class InvalidHandoverException extends RuntimeException {

    private final transient List<HandoverProblem> problems;

    public InvalidHandoverException(List<HandoverProblem> problems) {
        super("invalid handover entry: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<HandoverProblem> problems() {
        return problems;
    }
}

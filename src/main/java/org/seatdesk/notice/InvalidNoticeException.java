package org.seatdesk.notice;

import java.util.List;

/// A notice that breaks a rule of {@link NoticeService#check}; nothing was published.
public final class InvalidNoticeException extends RuntimeException {

    private final transient List<NoticeProblem> problems;

    public InvalidNoticeException(List<NoticeProblem> problems) {
        super("invalid notice: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<NoticeProblem> problems() {
        return problems;
    }
}

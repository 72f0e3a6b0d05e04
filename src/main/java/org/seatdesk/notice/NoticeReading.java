package org.seatdesk.notice;

import java.util.List;

/// R-SH-3: for the monitor, how far a notice has been read: who has, who has not yet.
public record NoticeReading(Notice notice, List<String> readBy, List<String> notYetReadBy) {

    public NoticeReading {
        readBy = List.copyOf(readBy);
        notYetReadBy = List.copyOf(notYetReadBy);
    }
}

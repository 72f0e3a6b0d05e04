package org.seatdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;

/// R-TK-1: one action records a call solved by phone guidance.
public final class CallRecordService {

    public static final int NOTE_LIMIT = 1000;

    private final CallRecordRepository repository;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public CallRecordService(CallRecordRepository repository, Clock clock, TimeOrderedIds ids) {
        this.repository = repository;
        this.clock = clock;
        this.ids = ids;
    }

    public CallRecord record(CallCategory category, String note, Author author) {
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > NOTE_LIMIT) {
            throw new IllegalArgumentException("note longer than " + NOTE_LIMIT);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        CallRecord record = new CallRecord(ids.next(), category, cleanNote, author.staffId(), author.seatCode(), now);
        repository.record(record, OutboxOperation.create("call_record", record.id(), Payloads.json(record), ids.next(), now));
        return record;
    }

    /// For statistics and the agent's own count of the day.
    public int countSince(Instant from) {
        return repository.countSince(from);
    }
}

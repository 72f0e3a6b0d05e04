package org.seatdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatdesk.store.jooq.Tables.CALL_RECORD;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.CallCategory;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.CallRecordService;

/// R-TK-1: calls resolved by phone are recorded (with their outbox operation) and counted.
class JooqCallRecordRepositoryTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixtures.MORNING);
    private final Author author = Fixtures.author("S07");
    private Database db;
    private JooqCallRecordRepository repository;
    private CallRecordService service;

    @BeforeEach
    void open() {
        db = Database.openFile(dir, "seat");
        repository = new JooqCallRecordRepository(db);
        service = new CallRecordService(repository, clock, new TimeOrderedIds(clock));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordWritesTheCallAndItsOutboxOperationTogether() {
        CallRecord call = service.record(CallCategory.OPERATION_GUIDANCE, "  指导商户重新签到  ", author);

        assertThat(call.note()).isEqualTo("指导商户重新签到");
        assertThat(call.staffId()).isEqualTo(author.staffId());
        assertThat(TestData.count(db, CALL_RECORD)).isEqualTo(1);
        assertThat(TestData.outbox(db)).singleElement().satisfies(op -> {
            assertThat(op.entity()).isEqualTo("call_record");
            assertThat(op.entityId()).isEqualTo(call.id());
            assertThat(op.kind()).isEqualTo(OutboxOperation.Kind.CREATE);
            assertThat(Payloads.read(op.payload(), CallRecord.class)).isEqualTo(call);
        });
    }

    @Test
    void recordedInstantIsTheOneStoredWhenTheClockHasNanoseconds() {
        // H2 keeps microseconds: a call counted "since" its own instant must still be counted
        Clock fine = Clock.fixed(Instant.parse("2026-11-22T02:00:00.123456789Z"), Fixtures.CENTRE_ZONE);
        CallRecord call = new CallRecordService(repository, fine, new TimeOrderedIds(fine))
                .record(CallCategory.CONSULTATION, "", author);

        assertThat(repository.countSince(call.at())).isEqualTo(1);
        assertThat(Payloads.read(TestData.outbox(db).getFirst().payload(), CallRecord.class).at()).isEqualTo(call.at());
    }

    @Test
    void failingOutboxInsertLeavesNoCallRecordBehind() {
        CallRecord first = service.record(CallCategory.CONSULTATION, "", author);
        OutboxOperation taken = TestData.outbox(db).getFirst();
        CallRecord second = new CallRecord(UUID.randomUUID(), CallCategory.EQUIPMENT_FAULT, "重启后恢复",
                author.staffId(), "S07", clock.instant());

        assertThatThrownBy(() -> repository.record(second, OutboxOperation.create("call_record", second.id(), "{}",
                taken.opId(), clock.instant()))).isInstanceOf(DataAccessException.class);

        assertThat(TestData.count(db, CALL_RECORD)).isEqualTo(1);
        assertThat(TestData.outbox(db)).extracting(OutboxOperation::entityId).containsExactly(first.id());
    }

    @Test
    void overlongNoteIsRefusedAndNothingIsWritten() {
        String note = "话".repeat(CallRecordService.NOTE_LIMIT + 1);
        assertThatThrownBy(() -> service.record(CallCategory.CONSULTATION, note, author))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TestData.count(db, CALL_RECORD)).isZero();
        assertThat(TestData.outboxRows(db)).isZero();
    }

    @Test
    void countSinceCountsCallsFromTheGivenInstantOnwards() {
        Instant first = clock.instant();
        service.record(CallCategory.CONSULTATION, "a", author);
        clock.advance(Duration.ofMinutes(10));
        Instant second = clock.instant();
        service.record(CallCategory.EQUIPMENT_FAULT, "b", author);
        clock.advance(Duration.ofMinutes(10));
        service.record(CallCategory.OPERATION_GUIDANCE, null, author);

        assertThat(repository.countSince(first.minusSeconds(1))).isEqualTo(3);
        assertThat(repository.countSince(first)).isEqualTo(3);
        assertThat(repository.countSince(second)).isEqualTo(2);      // inclusive
        assertThat(repository.countSince(second.plusNanos(1000))).isEqualTo(1);
        assertThat(repository.countSince(clock.instant().plusSeconds(1))).isZero();
    }
}

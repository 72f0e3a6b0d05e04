package org.seatdesk.store;

import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.HANDOVER_ACK;
import static org.seatdesk.store.jooq.Tables.HANDOVER_ENTRY;
import static org.seatdesk.store.jooq.Tables.TICKET;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.seatdesk.handover.HandoverAck;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.handover.HandoverItem;
import org.seatdesk.handover.HandoverRepository;
import org.seatdesk.sync.OutboxOperation;

/// The handover log (R-SH-2) in the seat's H2 database; append-only.
public final class JooqHandoverRepository implements HandoverRepository {

    private final DSLContext dsl;

    public JooqHandoverRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public void write(HandoverEntry entry, OutboxOperation operation) {
        dsl.transaction(cfg -> {
            cfg.dsl().executeInsert(ShiftLogRecords.toRecord(entry));
            OutboxWriter.append(cfg.dsl(), operation);
        });
    }

    @Override
    public void acknowledge(HandoverAck ack, OutboxOperation operation) {
        dsl.transaction(cfg -> {
            cfg.dsl().executeInsert(ShiftLogRecords.toRecord(ack));
            OutboxWriter.append(cfg.dsl(), operation);
        });
    }

    @Override
    public List<HandoverItem> since(Instant since, String region) {
        List<HandoverEntry> entries = dsl.selectFrom(HANDOVER_ENTRY)
                .where(HANDOVER_ENTRY.WRITTEN_AT.ge(utc(since)).and(HANDOVER_ENTRY.REGION.eq(region)))
                .orderBy(HANDOVER_ENTRY.WRITTEN_AT.desc(), HANDOVER_ENTRY.ID.desc())
                .fetch(ShiftLogRecords::toEntry);
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<HandoverAck>> acks = dsl.selectFrom(HANDOVER_ACK)
                .where(HANDOVER_ACK.ENTRY_ID.in(entries.stream().map(HandoverEntry::id).toList()))
                .orderBy(HANDOVER_ACK.ACKNOWLEDGED_AT, HANDOVER_ACK.ID)
                .fetch(ShiftLogRecords::toAck).stream()
                .collect(Collectors.groupingBy(HandoverAck::entryId));
        return entries.stream().map(e -> new HandoverItem(e, acks.getOrDefault(e.id(), List.of()))).toList();
    }

    @Override
    public boolean ticketExists(String number) {
        return dsl.fetchExists(TICKET, TICKET.NUMBER.eq(number));
    }
}

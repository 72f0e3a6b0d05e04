package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.STAFF;
import static org.seatdesk.store.jooq.Tables.SYNC_CONFLICT;
import static org.seatdesk.store.jooq.Tables.TICKET;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.jooq.DSLContext;
import org.seatdesk.sync.HubWire.FieldConflict;
import org.seatdesk.sync.Payloads;
import org.seatdesk.ticket.TicketConflict;
import org.seatdesk.ticket.TicketConflictRepository;

/// The seat's `sync_conflict` rows of ticket UPDATEs, with the ticket's number and the names of
/// the people who changed the other side (when this seat knows them).
public final class JooqTicketConflictRepository implements TicketConflictRepository {

    private final DSLContext dsl;

    public JooqTicketConflictRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public List<TicketConflict> open(int limit) {
        var rows = dsl.select(SYNC_CONFLICT.OP_ID, SYNC_CONFLICT.ENTITY_ID, SYNC_CONFLICT.PAYLOAD, SYNC_CONFLICT.CONFLICTS,
                        SYNC_CONFLICT.DETECTED_AT, TICKET.NUMBER)
                .from(SYNC_CONFLICT).leftJoin(TICKET).on(TICKET.ID.eq(SYNC_CONFLICT.ENTITY_ID))
                .where(SYNC_CONFLICT.RESOLVED_AT.isNull().and(SYNC_CONFLICT.ENTITY.eq("ticket")))
                .orderBy(SYNC_CONFLICT.DETECTED_AT, SYNC_CONFLICT.OP_ID)
                .limit(limit)
                .fetch();
        List<TicketConflict> conflicts = new ArrayList<>();
        List<List<FieldConflict>> fields = new ArrayList<>();
        for (var row : rows) {
            fields.add(List.of(Payloads.read(row.get(SYNC_CONFLICT.CONFLICTS), FieldConflict[].class)));
        }
        Map<String, String> names = names(fields.stream().flatMap(List::stream).map(FieldConflict::theirsBy)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            JsonNode changes = Payloads.tree(row.get(SYNC_CONFLICT.PAYLOAD)).path("changes");
            List<TicketConflict.Field> clashes = fields.get(i).stream()
                    .map(f -> new TicketConflict.Field(f.field(), orNull(f.mine()), orNull(f.theirs()), f.theirsBy(),
                            names.get(f.theirsBy())))
                    .toList();
            conflicts.add(new TicketConflict(row.get(SYNC_CONFLICT.OP_ID), row.get(SYNC_CONFLICT.ENTITY_ID),
                    row.get(TICKET.NUMBER), instant(row.get(SYNC_CONFLICT.DETECTED_AT)),
                    changes.isObject() ? changes : Payloads.tree("{}"), clashes));
        }
        return conflicts;
    }

    private Map<String, String> names(Set<String> staffNos) {
        Map<String, String> names = new HashMap<>();
        if (!staffNos.isEmpty()) {
            dsl.select(STAFF.STAFF_NO, STAFF.NAME).from(STAFF).where(STAFF.STAFF_NO.in(staffNos))
                    .forEach(r -> names.put(r.value1(), r.value2()));
        }
        return names;
    }

    private static JsonNode orNull(JsonNode value) {
        return value == null ? NullNode.getInstance() : value;
    }

    @Override
    public int openCount() {
        return dsl.fetchCount(SYNC_CONFLICT, SYNC_CONFLICT.RESOLVED_AT.isNull());
    }

    @Override
    public void resolve(UUID opId, Instant at) {
        resolve(dsl, opId, at);
    }

    static void resolve(DSLContext tx, UUID opId, Instant at) {
        tx.update(SYNC_CONFLICT).set(SYNC_CONFLICT.RESOLVED_AT, utc(at))
                .where(SYNC_CONFLICT.OP_ID.eq(opId).and(SYNC_CONFLICT.RESOLVED_AT.isNull()))
                .execute();
    }
}

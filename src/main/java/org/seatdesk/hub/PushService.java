package org.seatdesk.hub;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Applies a push batch (sync principles 2, 3, 6) in one transaction: each op at most once (its
/// id stored with its effects), a sequence number per accepted op taken from the counter row
/// locked at the start (so numbers commit in order), one counter bump and at most one
/// cross-hub notification per batch. Answers one result per op, in order. The op ids are
/// deduplicated by one query per batch and the rows the ops name are read up front, so the
/// per-op work runs in memory and the writes go out as one JDBC batch per table (ADR 0019).
final class PushService {

    private static final Logger LOG = LoggerFactory.getLogger(PushService.class);

    /// Ticket fields an UPDATE may change; identity, numbering, origin and version are the hub's.
    static final Set<String> UPDATABLE = Set.of("level", "serviceKind", "requesterKind", "requesterName", "terminalId",
            "merchantId", "posBarcode", "installAddress", "contactPerson", "contactPhone", "description", "status",
            "handlingStatus", "dispatchKind", "dispatchTarget", "dispatchedAt", "callbackAttempts");

    /// Column widths of V1 (a longer value is refused per op instead of failing the batch). Read
    /// from the record's accessors: turning every ticket into a JSON tree to check them cost more
    /// than the rest of its checks.
    private record Limit(String field, int max, Function<Ticket, String> value) {
    }

    private static final List<Limit> TICKET_LIMITS = List.of(new Limit("number", 32, Ticket::number),
            new Limit("requesterName", 128, Ticket::requesterName), new Limit("terminalId", 32, Ticket::terminalId),
            new Limit("merchantId", 32, Ticket::merchantId), new Limit("posBarcode", 32, Ticket::posBarcode),
            new Limit("installAddress", 256, Ticket::installAddress), new Limit("contactPerson", 64, Ticket::contactPerson),
            new Limit("contactPhone", 32, Ticket::contactPhone), new Limit("description", 4000, Ticket::description),
            new Limit("dispatchTarget", 128, Ticket::dispatchTarget), new Limit("region", 32, Ticket::region),
            new Limit("deskId", 16, Ticket::deskId), new Limit("seatCode", 8, Ticket::seatCode));

    private final HubStore store;
    private final TicketValueRules values;
    private final Clock clock;
    private final Runnable committed;
    /// H2 (one hub process owns the file) queues writers here rather than on its lock timeout, and
    /// commits the requests that queued meanwhile together (ADR 0025); null on PostgreSQL, whose
    /// transactions run side by side until the counter row's lock.
    private final GroupCommit<Request, List<ObjectNode>> localWriters;

    /// Operations of one group commit at most: two full batches and a few small ones.
    static final int GROUP_MAX_OPS = 1_000;

    private record Request(Caller caller, List<Operation> ops) {
    }

    PushService(HubStore store, TicketValueRules values, Clock clock, Runnable committed, boolean serialiseInProcess) {
        this.store = store;
        this.values = values;
        this.clock = clock;
        this.committed = committed;
        this.localWriters = serialiseInProcess ? new GroupCommit<>(GROUP_MAX_OPS, this::applyInOneTransaction) : null;
    }

    List<ObjectNode> push(Caller caller, List<Operation> ops) {
        Request request = new Request(caller, ops);
        List<ObjectNode> results = localWriters != null
                ? localWriters.submit(request, ops.size())
                : applyInOneTransaction(List.of(request)).getFirst();
        log(caller, results);
        return results;
    }

    /// Each request as if alone (its own dedupe, prefetch, counter bump), in one transaction: the
    /// counter row stays locked from the first to the commit, so the sequence numbers still commit in order.
    private List<List<ObjectNode>> applyInOneTransaction(List<Request> requests) {
        List<List<ObjectNode>> answers = store.inTransaction(tx -> {
            List<List<ObjectNode>> each = new ArrayList<>(requests.size());
            for (Request r : requests) {
                each.add(apply(tx, r.caller(), r.ops()));
            }
            return each;
        });
        committed.run();
        return answers;
    }

    private List<ObjectNode> apply(HubStore.PushTransaction tx, Caller caller, List<Operation> ops) {
        // What the databases keep (microseconds): the feed must carry the time every seat stores,
        // or the hub's payload and the seats' rows disagree on updatedAt (ConvergenceProperties).
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long first = tx.lockCounter();
        long next = first;
        // one query for the batch's dedupe and one per table for the rows it names (ADR 0019)
        Map<UUID, Long> applied = new HashMap<>(tx.appliedSeqs(ops.stream().map(Operation::opId).toList()));
        tx.prefetch(BatchKeysOf.ops(ops));
        List<ObjectNode> results = new ArrayList<>(ops.size());
        for (Operation op : ops) {
            ObjectNode result = Json.MAPPER.createObjectNode().put("opId", op.opId().toString());
            Long earlier = applied.get(op.opId());
            if (earlier != null) {
                results.add(result.put("status", "duplicate").put("seq", earlier));
                if (op.entity().equals("ticket") && op.kind().equals("CREATE")) {
                    // the first answer may have been lost: say again under which number it is kept
                    tx.ticketForUpdate(op.entityId()).ifPresent(stored ->
                            DuplicateNumbers.describe(result, op.payload().path("number").asText(null), stored.number()));
                }
                continue;
            }
            // an instant H2 would store but not give back fails every later load of the row: refused
            // here, per op, with the field named (InstantRange)
            Outcome outcome = InstantFields.check(op.payload());
            if (outcome == null) {
                outcome = decide(tx, caller, op, now);
            }
            switch (outcome) {
                case Outcome.Accepted accepted -> {
                    long seq = ++next;
                    accepted.write().run();
                    tx.appendChange(new Change(seq, op.entity(), op.entityId(), op.kind(), accepted.version(),
                            accepted.region(), accepted.payload()), accepted.fields(), op.opId(), caller.staffId(), now);
                    tx.recordOp(op.opId(), seq, caller.staffId(), now);
                    applied.put(op.opId(), seq);
                    results.add(result.put("status", "accepted").put("seq", seq));
                    if (accepted.answer() != null) {
                        result.setAll(accepted.answer());
                    }
                }
                case Outcome.Conflict conflict -> {
                    result.put("status", "conflict");
                    result.set("conflicts", conflict.conflicts());
                    results.add(result);
                }
                case Outcome.Rejected rejected ->
                    results.add(result.put("status", "rejected").put("reason", rejected.reason()).put("message", rejected.message()));
            }
        }
        if (next > first) {
            tx.setCounter(next);
            tx.notifyOtherHubs(next);
        }
        return results;
    }

    /// What the hub does with one op; feature rules (e.g. {@link RosterPushRules}, {@link RoomPushRules}) answer with it too.
    sealed interface Outcome {
        /// @param answer more for the push answer of this op (a renumbered ticket), or null
        record Accepted(Runnable write, int version, String region, String payload, String fields, ObjectNode answer)
                implements Outcome {

            Accepted(Runnable write, int version, String region, String payload, String fields) {
                this(write, version, region, payload, fields, null);
            }
        }

        record Conflict(JsonNode conflicts) implements Outcome {
        }

        record Rejected(String reason, String message) implements Outcome {
        }
    }

    static Outcome.Rejected rejected(String reason, String message) {
        return new Outcome.Rejected(reason, message);
    }

    static Outcome.Rejected forbidden(String message) {
        return rejected("forbidden", message);
    }

    private Outcome decide(HubStore.PushTransaction tx, Caller caller, Operation op, Instant now) {
        return switch (op.entity() + " " + op.kind()) {
            case "ticket CREATE" -> createTicket(tx, caller, op);
            case "ticket UPDATE" -> updateTicket(tx, caller, op, now);
            case "ticket_event APPEND" -> appendEvent(tx, caller, op);
            case "call_record CREATE" -> recordCall(tx, caller, op);
            case "leave_request CREATE", "swap_request CREATE", "roster_decision CREATE" -> RosterPushRules.decide(tx, caller, op);
            case "roster_edit CREATE" -> RosterEditRules.decide(tx.roster(), caller, op);
            case "handover_entry CREATE", "handover_ack CREATE", "notice CREATE", "notice_receipt CREATE" -> ShiftLogRules.decide(tx, caller, op);
            case "kb_article PUBLISH", "kb_article REMOVE" -> KbArticleRules.decide(tx, caller, op, now);
            case "roll_call_mark CREATE", "discipline_record CREATE", "duty_log_entry CREATE", "escalation CREATE" -> RoomPushRules.decide(tx.room(), caller, op);
            case "kb_step APPEND", "kb_revision APPEND", "kb_category APPEND" -> KbEditorialRules.decide(tx.kbEditorial(), caller, op);
            case "kb_material APPEND", "kb_material_chunk APPEND" -> KbMaterialRules.decide(tx.kbEditorial(), caller, op);
            default -> rejected("unknown_operation", "v1 knows ticket CREATE/UPDATE, ticket_event APPEND, call_record CREATE, the roster's requests, decisions and edits, handover and notice records, the room's records, kb_article PUBLISH/REMOVE and the KB editors' kb_step, kb_revision, kb_material, kb_material_chunk, kb_category APPEND");
        };
    }

    private Outcome createTicket(HubStore.PushTransaction tx, Caller caller, Operation op) {
        if (!HubPolicy.mayWriteTickets(caller.role())) {
            return forbidden("the role " + caller.role() + " cannot register tickets");
        }
        Ticket ticket;
        try {
            ticket = Json.MAPPER.treeToValue(op.payload(), Ticket.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return rejected("invalid_request", "the payload is not a ticket");
        }
        String problem = ticketProblem(ticket, op.entityId());
        if (problem != null) {
            return rejected("invalid_request", problem);
        }
        Outcome.Rejected invalid = values.valid(ticket);
        if (invalid != null) {
            return invalid;
        }
        if (!caller.seesRegion(ticket.region())) {
            return forbidden("a desk of region " + caller.region() + " cannot register a ticket of another region");
        }
        if (!ticket.createdBy().equals(caller.staffId())) {
            return forbidden("a ticket is registered by the person logged in");
        }
        if (tx.ticketExists(ticket.id(), null)) {
            return rejected("invalid_request", "a ticket with this id exists already");
        }
        if (!tx.ticketExists(null, ticket.number())) {
            return new Outcome.Accepted(() -> tx.insertTicket(ticket), ticket.version(), ticket.region(), write(ticket), null);
        }
        String free = DuplicateNumbers.next(tx, ticket).orElse(null);
        if (free == null) {
            return rejected("invalid_request", "a ticket with this number exists already");
        }
        Ticket renumbered = DuplicateNumbers.withNumber(ticket, free);
        ObjectNode answer = Json.MAPPER.createObjectNode();
        DuplicateNumbers.describe(answer, ticket.number(), free);
        return new Outcome.Accepted(() -> tx.insertTicket(renumbered), renumbered.version(), renumbered.region(),
                write(renumbered), null, answer);
    }

    private Outcome updateTicket(HubStore.PushTransaction tx, Caller caller, Operation op, Instant now) {
        if (!HubPolicy.mayWriteTickets(caller.role())) {
            return forbidden("the role " + caller.role() + " cannot change tickets");
        }
        JsonNode changes = op.payload().get("changes");
        if (changes == null || !changes.isObject() || changes.isEmpty()) {
            return rejected("invalid_request", "an UPDATE needs a non-empty object \"changes\"");
        }
        for (Iterator<String> names = changes.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!UPDATABLE.contains(field)) {
                return rejected("invalid_request", "the field " + field.substring(0, Math.min(field.length(), 40)) + " cannot be changed");
            }
        }
        Outcome.Rejected unreadable = values.readable(changes);
        if (unreadable != null) {
            return unreadable;
        }
        Ticket current = tx.ticketForUpdate(op.entityId()).orElse(null);
        if (current == null) {
            return rejected("not_found", "no such ticket");
        }
        if (!caller.seesRegion(current.region())) {
            // Not "forbidden": that would confirm that the id exists in another region.
            return rejected("not_found", "no such ticket");
        }
        if (op.baseVersion() > current.version()) {
            return rejected("invalid_request", "baseVersion is newer than the hub's version " + current.version());
        }
        ObjectNode state = Json.MAPPER.valueToTree(current);
        // What the seat saw in each field when it made the edit (hub-api.md: "previous").
        JsonNode previous = op.payload().path("previous");
        if (op.baseVersion() < current.version()) {
            Map<String, String> changedBy = new HashMap<>();
            for (HubStore.FieldChange change : tx.fieldChangesAfter(current.id(), op.baseVersion())) {
                change.fields().forEach(f -> changedBy.put(f, change.staffNo()));
            }
            var conflicts = Json.MAPPER.createArrayNode();
            changes.properties().forEach(e -> {
                JsonNode theirs = state.get(e.getKey());
                // Principle 6: only a change the seat had not seen is a conflict. A seat's second
                // offline edit of a field is based on its first, which the hub may have applied
                // since (same base version): the hub's value is then the one the seat saw.
                boolean seen = previous.has(e.getKey()) && sameValue(theirs, previous.get(e.getKey()));
                if (changedBy.containsKey(e.getKey()) && !sameValue(theirs, e.getValue()) && !seen) {
                    conflicts.addObject().put("field", e.getKey()).<ObjectNode>set("mine", e.getValue())
                            .<ObjectNode>set("theirs", theirs).put("theirsBy", changedBy.get(e.getKey()));
                }
            });
            if (!conflicts.isEmpty()) {
                return new Outcome.Conflict(conflicts);
            }
        }
        Map<String, JsonNode> applied = new LinkedHashMap<>();
        changes.properties().forEach(e -> applied.put(e.getKey(), e.getValue()));
        applied.forEach(state::set);
        state.put("version", current.version() + 1);
        state.put("updatedAt", now.toString());
        Ticket updated;
        try {
            updated = Json.MAPPER.treeToValue(state, Ticket.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return rejected("invalid_request", "a changed value is not valid for its field");
        }
        Outcome.Rejected invalid = values.valid(updated, applied.keySet());
        if (invalid != null) {
            return invalid;
        }
        String problem = ticketProblem(updated, current.id());
        if (problem != null) {
            return rejected("invalid_request", problem);
        }
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.set("changes", Json.MAPPER.valueToTree(applied));
        payload.set("ticket", Json.MAPPER.valueToTree(updated));
        return new Outcome.Accepted(() -> tx.updateTicket(updated), updated.version(), current.region(),
                payload.toString(), String.join(",", applied.keySet()));
    }

    private Outcome appendEvent(HubStore.PushTransaction tx, Caller caller, Operation op) {
        if (!HubPolicy.mayWriteTickets(caller.role())) {
            return forbidden("the role " + caller.role() + " cannot add to a ticket's history");
        }
        TicketEvent event;
        try {
            event = Json.MAPPER.treeToValue(op.payload(), TicketEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return rejected("invalid_request", "the payload is not a ticket event");
        }
        if (event.id() == null || event.ticketId() == null || event.at() == null || event.actorId() == null
                || event.actorName() == null || event.kind() == null) {
            return rejected("invalid_request", "a ticket event needs id, ticketId, at, actorId, actorName and kind");
        }
        if (!event.id().equals(op.entityId())) {
            return rejected("invalid_request", "entityId differs from the payload's id");
        }
        if (event.actorName().length() > 64 || (event.detail() != null && event.detail().length() > 4000)) {
            return rejected("invalid_request", "actorName or detail is too long");
        }
        if (!event.actorId().equals(caller.staffId())) {
            return forbidden("a history entry is written by the person logged in");
        }
        Ticket ticket = tx.ticketForUpdate(event.ticketId()).orElse(null);
        if (ticket == null || !caller.seesRegion(ticket.region())) {
            return rejected("not_found", "no such ticket");
        }
        if (tx.eventExists(event.id())) {
            return rejected("invalid_request", "an event with this id exists already");
        }
        return new Outcome.Accepted(() -> tx.insertEvent(event), 1, ticket.region(), write(event), null);
    }

    private Outcome recordCall(HubStore.PushTransaction tx, Caller caller, Operation op) {
        if (!HubPolicy.mayRecordCalls(caller.role())) {
            return forbidden("the role " + caller.role() + " cannot record calls");
        }
        CallRecord call;
        try {
            call = Json.MAPPER.treeToValue(op.payload(), CallRecord.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return rejected("invalid_request", "the payload is not a call record");
        }
        if (call.id() == null || call.category() == null || call.staffId() == null || call.seatCode() == null
                || call.at() == null) {
            return rejected("invalid_request", "a call record needs id, category, staffId, seatCode and at");
        }
        if (!call.id().equals(op.entityId())) {
            return rejected("invalid_request", "entityId differs from the payload's id");
        }
        if (call.seatCode().length() > 8 || (call.note() != null && call.note().length() > 1000)) {
            return rejected("invalid_request", "seatCode or note is too long");
        }
        if (!call.staffId().equals(caller.staffId())) {
            return forbidden("a call is recorded by the person logged in");
        }
        if (tx.callRecordExists(call.id())) {
            return rejected("invalid_request", "a call record with this id exists already");
        }
        return new Outcome.Accepted(() -> tx.insertCallRecord(call), 1, caller.region(), write(call), null);
    }

    /// Null when the ticket can be stored; otherwise what is wrong (field names only, never values).
    private static String ticketProblem(Ticket t, UUID entityId) {
        if (t.id() == null || t.number() == null || t.type() == null || t.level() == null || t.serviceKind() == null
                || t.requesterKind() == null || t.installAddress() == null || t.contactPerson() == null
                || t.contactPhone() == null || t.description() == null || t.status() == null || t.region() == null
                || t.deskId() == null || t.seatCode() == null || t.createdBy() == null || t.createdAt() == null
                || t.updatedAt() == null) {
            return "a ticket needs id, number, type, level, serviceKind, requesterKind, installAddress, contactPerson, "
                    + "contactPhone, description, status, region, deskId, seatCode, createdBy, createdAt and updatedAt";
        }
        if (!t.id().equals(entityId)) {
            return "entityId differs from the payload's id";
        }
        if (t.version() < 1) {
            return "version must be at least 1";
        }
        for (Limit limit : TICKET_LIMITS) {
            String value = limit.value().apply(t);
            if (value != null && value.length() > limit.max()) {
                return limit.field() + " is longer than " + limit.max() + " characters";
            }
        }
        return null;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull() || (a.isTextual() && a.asText().isEmpty());
        boolean bNull = b == null || b.isNull() || (b.isTextual() && b.asText().isEmpty());
        return (aNull && bNull) || Objects.equals(a, b);
    }

    static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /// Who did what: staff number, seat and counts; never payloads (they carry customer data).
    private static void log(Caller caller, List<ObjectNode> results) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        long maxSeq = 0;
        for (ObjectNode r : results) {
            counts.merge(r.get("status").asText(), 1, Integer::sum);
            if (r.has("seq")) {
                maxSeq = Math.max(maxSeq, r.get("seq").asLong());
            }
        }
        LOG.info("push by {} at seat {}: {} op(s) {}, highest seq {}", caller.staffNo(), caller.seatCode(),
                results.size(), counts, maxSeq);
    }
}

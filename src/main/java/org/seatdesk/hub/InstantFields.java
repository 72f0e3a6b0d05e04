package org.seatdesk.hub;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.seatdesk.dutylog.DutyLogEntry;
import org.seatdesk.dutylog.Escalation;
import org.seatdesk.handover.HandoverAck;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.kb.Article;
import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.Material;
import org.seatdesk.kb.editorial.MaterialChunk;
import org.seatdesk.kb.editorial.Revision;
import org.seatdesk.kb.editorial.Step;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeReceipt;
import org.seatdesk.rollcall.DisciplineRecord;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.roster.Decision;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.RosterEdit;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.sync.InstantRange;
import org.seatdesk.ticket.CallRecord;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketEvent;

/// Refuses, per operation and before any rule reads it, a payload whose instant lies outside
/// {@link InstantRange}, naming the field (`createdAt`, `changes.dispatchedAt`). The hub's mapper
/// refuses such an instant anyway (Json, the last line of defence for a payload type missing
/// here: that op is refused with its rule's generic message); this pass exists to say which field.
///
/// The fields are the instant components of the records the push rules read, found by
/// reflection, so a new instant field of a known record is covered without a list to keep.
final class InstantFields {

    /// Every record a push payload is read as (PushService.decide and the feature rules).
    static final List<Class<?>> PAYLOAD_TYPES = List.of(Ticket.class, TicketEvent.class, CallRecord.class,
            LeaveRequest.class, SwapRequest.class, Decision.class, RosterEdit.class, HandoverEntry.class,
            HandoverAck.class, Notice.class, NoticeReceipt.class, Article.class, RollCallMark.class,
            DisciplineRecord.class, DutyLogEntry.class, Escalation.class, Step.class, Revision.class, Material.class,
            MaterialChunk.class, CatalogueEntry.class);

    static final Set<String> NAMES = instantComponents(PAYLOAD_TYPES);

    private InstantFields() {
    }

    /// The refusal of the first out-of-range instant in the payload, or null.
    static PushService.Outcome.Rejected check(JsonNode payload) {
        String field = firstOutOfRange(payload, "");
        return field == null ? null : PushService.rejected("invalid_request", InstantRange.problem(field));
    }

    private static String firstOutOfRange(JsonNode node, String path) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                JsonNode value = e.getValue();
                if (value.isContainerNode()) {
                    String inner = firstOutOfRange(value, at);
                    if (inner != null) {
                        return inner;
                    }
                } else if (NAMES.contains(e.getKey()) && outOfRange(value)) {
                    return at.length() > 80 ? at.substring(0, 80) : at;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String inner = firstOutOfRange(node.get(i), path + "[" + i + "]");
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /// Read as the rules would read it (text or epoch number): only a readable instant outside
    /// the range counts; anything unreadable is left to the rule, which refuses it in its words.
    private static boolean outOfRange(JsonNode value) {
        if (value.isNull()) {
            return false;
        }
        try {
            Json.MAPPER.treeToValue(value, Instant.class);
            return false;
        } catch (Exception e) {
            return InstantRange.isOutOfRange(e);
        }
    }

    static Set<String> instantComponents(List<Class<?>> types) {
        Set<String> names = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        types.forEach(t -> collect(t, names, seen));
        return Set.copyOf(names);
    }

    private static void collect(Class<?> type, Set<String> names, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == Instant.class) {
                names.add(c.getName());
            } else if (c.getType().isRecord()) {
                collect(c.getType(), names, seen);
            } else if (c.getGenericType() instanceof ParameterizedType p) {
                for (Type arg : p.getActualTypeArguments()) {
                    if (arg instanceof Class<?> k) {
                        collect(k, names, seen);
                    }
                }
            }
        }
    }
}

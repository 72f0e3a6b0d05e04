package org.seatdesk.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/// The JSON shapes of the hub API v1 (docs/hub-api.md), as records. Payloads stay JSON trees:
/// the seat stores them as the hub sent them and reads only the entities it knows.
public final class HubWire {

    private HubWire() {
    }

    public record LoginRequest(String staffNo, String password, String seatCode) {
    }

    /// `centreId`: the hub's centre (ADR 0037); null from a hub older than that.
    public record LoginAnswer(String token, Instant expiresAt, UUID staffId, String staffNo, String name, String role,
                              String region, String deskId, Instant serverTime, UUID centreId) {
    }

    /// `GET /health`, which needs no login. `centreId` as in {@link LoginAnswer}.
    public record Health(String status, String version, String database, Instant serverTime, UUID centreId) {
    }

    public record PushRequest(List<PushOp> ops) {
    }

    public record PushOp(UUID opId, String entity, UUID entityId, String kind, int baseVersion, JsonNode payload) {

        static PushOp of(OutboxOperation op) {
            return new PushOp(op.opId(), op.entity(), op.entityId(), op.kind().name(), op.baseVersion(),
                    Payloads.tree(op.payload()));
        }
    }

    public record FieldConflict(String field, JsonNode mine, JsonNode theirs, String theirsBy) {
    }

    /// One answer per pushed operation: `accepted`, `duplicate`, `conflict` or `rejected`.
    /// `number` and `renumberedFrom`: a ticket CREATE whose number another ticket had at the hub
    /// was stored under `number` (ADR 0020); null otherwise.
    public record PushResult(UUID opId, String status, Long seq, List<FieldConflict> conflicts, String reason,
                             String message, String number, String renumberedFrom) {

        public PushResult(UUID opId, String status, Long seq, List<FieldConflict> conflicts, String reason, String message) {
            this(opId, status, seq, conflicts, reason, message, null, null);
        }

        public static final String ACCEPTED = "accepted";
        public static final String DUPLICATE = "duplicate";
        public static final String CONFLICT = "conflict";
        public static final String REJECTED = "rejected";

        /// An answer the seat understands; anything else keeps the operation in the outbox.
        public boolean isAnswer() {
            return ACCEPTED.equals(status) || DUPLICATE.equals(status) || CONFLICT.equals(status)
                    || REJECTED.equals(status);
        }
    }

    public record PushAnswer(List<PushResult> results) {

        public PushAnswer {
            results = results == null ? List.of() : List.copyOf(results);
        }
    }

    /// One element of the change feed, on `/changes` and on `/events`.
    public record Change(long seq, String entity, UUID entityId, String kind, int version, JsonNode payload) {
    }

    public record ChangePage(List<Change> changes, long last, boolean hasMore, Instant serverTime) {

        public ChangePage {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }

    public record ErrorBody(String error, String message) {
    }
}

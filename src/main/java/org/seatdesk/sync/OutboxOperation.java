package org.seatdesk.sync;

import java.time.Instant;
import java.util.UUID;

/// A local change waiting to be pushed to the hub (sync principles 1 and 2). The op id makes
/// the hub apply it at most once; `baseVersion` is the version the change was made against.
public record OutboxOperation(UUID opId, String entity, UUID entityId, Kind kind, int baseVersion,
                              String payload, Instant createdAt) {

    public enum Kind {
        CREATE,
        UPDATE,
        APPEND,
        /// kb_article: a new version of a published article (docs/hub-api.md).
        PUBLISH,
        /// kb_article: the article leaves the seats' search (R-KB-2).
        REMOVE
    }

    public static OutboxOperation create(String entity, UUID entityId, String payload, UUID opId, Instant at) {
        return new OutboxOperation(opId, entity, entityId, Kind.CREATE, 0, payload, at);
    }
}

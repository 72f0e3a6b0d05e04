package org.seatdesk.hub;

import java.util.UUID;

/// One row of the change feed, with its payload as the JSON the hub stored.
public record Change(long seq, String entity, UUID entityId, String kind, int version, String region, String payload) {

    /// The region of centre-wide records (knowledge-base articles): every desk receives them.
    public static final String EVERY_REGION = "*";
}

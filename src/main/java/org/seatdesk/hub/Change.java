package org.seatdesk.hub;

import java.util.UUID;

/// One row of the change feed, with its payload as the JSON the hub stored.
public record Change(long seq, String entity, UUID entityId, String kind, int version, String region, String payload) {
}

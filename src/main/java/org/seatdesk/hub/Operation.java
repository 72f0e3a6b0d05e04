package org.seatdesk.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/// One outbox operation as pushed (hub-api.md, `POST /api/v1/push`).
record Operation(UUID opId, String entity, UUID entityId, String kind, int baseVersion, JsonNode payload) {

    static final int MAX_BATCH = 500;

    /// The operations of a push body; any structural fault refuses the whole request, so a
    /// rejected request changes nothing.
    static List<Operation> parseBatch(JsonNode body) {
        JsonNode ops = body.get("ops");
        if (!body.isObject() || ops == null || !ops.isArray()) {
            throw ApiError.invalid("the body must be an object with an array \"ops\"");
        }
        if (ops.size() > MAX_BATCH) {
            throw new ApiError(400, "batch_too_large", "at most " + MAX_BATCH + " operations per push, was " + ops.size());
        }
        List<Operation> parsed = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            JsonNode op = ops.get(i);
            if (!op.isObject()) {
                throw ApiError.invalid("ops[" + i + "] is not an object");
            }
            parsed.add(new Operation(uuid(op, "opId", i), text(op, "entity", i), uuid(op, "entityId", i),
                    text(op, "kind", i), integer(op, "baseVersion", i), object(op, "payload", i)));
        }
        return parsed;
    }

    private static String text(JsonNode op, String field, int i) {
        JsonNode value = op.get(field);
        if (value == null || !value.isTextual() || value.asText().length() > 64) {
            throw ApiError.invalid("ops[" + i + "]." + field + " must be a string");
        }
        return value.asText();
    }

    private static UUID uuid(JsonNode op, String field, int i) {
        String text = text(op, field, i);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("ops[" + i + "]." + field + " must be a UUID");
        }
    }

    private static int integer(JsonNode op, String field, int i) {
        JsonNode value = op.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw ApiError.invalid("ops[" + i + "]." + field + " must be a non-negative integer");
        }
        return value.asInt();
    }

    private static JsonNode object(JsonNode op, String field, int i) {
        JsonNode value = op.get(field);
        if (value == null || !value.isObject()) {
            throw ApiError.invalid("ops[" + i + "]." + field + " must be an object");
        }
        return value;
    }
}

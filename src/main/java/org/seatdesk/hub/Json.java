package org.seatdesk.hub;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.seatdesk.sync.InstantRange;

/// The hub's JSON: records by their components, instants as ISO-8601 (as the seat writes them),
/// and only instants of {@link InstantRange}: a payload record with another is not read.
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .addModule(InstantRange.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Json() {
    }
}

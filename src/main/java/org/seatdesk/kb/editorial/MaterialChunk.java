package org.seatdesk.kb.editorial;

import java.util.Base64;
import java.util.UUID;

/// Bytes `[chunkNo × CHUNK_SIZE, …)` of a {@link Material}'s file, base64; append-only (R-KB-2, ADR 0023).
public record MaterialChunk(UUID id, UUID materialId, int chunkNo, String contentBase64) {

    /// The decoded bytes; IllegalArgumentException if the text is not base64.
    public byte[] decoded() {
        return Base64.getDecoder().decode(contentBase64);
    }
}

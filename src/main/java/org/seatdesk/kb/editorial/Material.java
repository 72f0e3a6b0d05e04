package org.seatdesk.kb.editorial;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/// The original material of an item (R-KB-2: the notice as it arrived, related documents),
/// kept in the database as an attachment. Append-only. The content travels base64-encoded in
/// one sync operation, which is what bounds its size (ADR 0016).
public record Material(UUID id, UUID itemId, String fileName, String mediaType, int sizeBytes, String contentBase64,
                       UUID addedBy, String addedByName, Instant at) {

    /// 12 KiB: its base64 form fits one change of the hub's feed (20,000 characters) with room for the rest.
    public static final int SIZE_LIMIT = 12 * 1024;
    public static final int FILE_NAME_LIMIT = 200;

    public byte[] content() {
        return Base64.getDecoder().decode(contentBase64);
    }
}

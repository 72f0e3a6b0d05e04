package org.seatdesk.kb.editorial;

import java.time.Instant;
import java.util.UUID;

/// The original material of an item (R-KB-2: the notice as it arrived, related documents),
/// kept in the database as an attachment. Append-only. A file is a header (this record, with
/// `chunkCount` and the `sha256` of the whole) and {@link MaterialChunk}s of at most
/// {@link MaterialChunks#CHUNK_SIZE} bytes, each its own small sync operation (ADR 0023).
/// Records written before V14 carry the whole file in `contentBase64` (at most 12 KiB) and no
/// `chunkCount`.
public record Material(UUID id, UUID itemId, String fileName, String mediaType, int sizeBytes, String contentBase64,
                       UUID addedBy, String addedByName, Instant at, Integer chunkCount, String sha256) {

    /// 10 MiB: a scanned notice or a PDF of several pages. 1,280 chunks, ~14 MB of sync payload.
    public static final int SIZE_LIMIT = 10 * 1024 * 1024;
    /// What one record could hold before V14 (its base64 fits one 20,000-character change).
    public static final int INLINE_LIMIT = 12 * 1024;
    public static final int FILE_NAME_LIMIT = 200;
    public static final int MEDIA_TYPE_LIMIT = 100;
}

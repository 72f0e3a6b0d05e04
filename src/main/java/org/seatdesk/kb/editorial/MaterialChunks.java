package org.seatdesk.kb.editorial;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/// How a material's file is cut into chunks and put together again (R-KB-2, ADR 0023). The
/// console, the hub and every receiving console ask the same rules: a header is consistent with
/// its size, a chunk fits its header (index, size), and the whole has the header's sha-256.
public final class MaterialChunks {

    /// 8 KiB: 10,924 characters of base64, so one chunk's sync operation stays near 11 KB and a
    /// feed page of 1,000 changes near 11 MB.
    public static final int CHUNK_SIZE = 8 * 1024;

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private MaterialChunks() {
    }

    public static int countFor(long size) {
        return (int) ((size + CHUNK_SIZE - 1) / CHUNK_SIZE);
    }

    /// The size chunk `chunkNo` of a file of `total` bytes has: CHUNK_SIZE, except the last.
    public static int sizeOf(int chunkNo, long total) {
        return (int) Math.min(CHUNK_SIZE, total - (long) chunkNo * CHUNK_SIZE);
    }

    /// Chunk `chunkNo` of `content`.
    public static MaterialChunk chunk(UUID id, UUID materialId, byte[] content, int chunkNo) {
        int from = chunkNo * CHUNK_SIZE;
        int to = Math.min(content.length, from + CHUNK_SIZE);
        byte[] part = java.util.Arrays.copyOfRange(content, from, to);
        return new MaterialChunk(id, materialId, chunkNo, Base64.getEncoder().encodeToString(part));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /// Null when a header of a chunked file is consistent; otherwise why not, in English.
    public static String headerProblem(Material m) {
        if (m.chunkCount() == null) {
            return "a material names its chunkCount (V10 records with the content inline are at most "
                    + Material.INLINE_LIMIT + " bytes)";
        }
        if (m.sizeBytes() < 1 || m.sizeBytes() > Material.SIZE_LIMIT) {
            return "sizeBytes is 1 … " + Material.SIZE_LIMIT + " (10 MiB), not " + m.sizeBytes();
        }
        if (m.chunkCount() != countFor(m.sizeBytes())) {
            return "a file of " + m.sizeBytes() + " bytes has " + countFor(m.sizeBytes()) + " chunks of at most "
                    + CHUNK_SIZE + " bytes, not " + m.chunkCount();
        }
        if (m.sha256() == null || !SHA256_HEX.matcher(m.sha256()).matches()) {
            return "sha256 is 64 lowercase hexadecimal digits";
        }
        if (m.contentBase64() != null) {
            return "a chunked material carries its content in its chunks, not in contentBase64";
        }
        return null;
    }

    /// Null when `chunk` fits its (consistent) header: its material, an index in range, the size
    /// that index has; otherwise why not.
    public static String chunkProblem(Material header, MaterialChunk chunk) {
        if (!header.id().equals(chunk.materialId())) {
            return "the chunk belongs to another material";
        }
        if (chunk.chunkNo() < 0 || chunk.chunkNo() >= header.chunkCount()) {
            return "chunk " + chunk.chunkNo() + " is outside 0 … " + (header.chunkCount() - 1);
        }
        int size;
        try {
            size = chunk.decoded().length;
        } catch (IllegalArgumentException e) {
            return "the chunk's content is not base64";
        }
        int expected = sizeOf(chunk.chunkNo(), header.sizeBytes());
        if (size != expected) {
            return "chunk " + chunk.chunkNo() + " holds " + size + " bytes where " + expected + " belong";
        }
        return null;
    }

    /// The file from the chunks held here, in any order. A missing chunk makes it
    /// {@link Reassembly.Incomplete}; a chunk twice, one that does not fit, or a whole whose
    /// sha-256 is not the header's makes it {@link Reassembly.Corrupt}.
    public static Reassembly reassemble(Material header, Collection<MaterialChunk> chunks) {
        if (header.chunkCount() == null) {
            return inline(header);
        }
        String problem = headerProblem(header);
        if (problem != null) {
            return new Reassembly.Corrupt(problem);
        }
        boolean[] seen = new boolean[header.chunkCount()];
        byte[] whole = new byte[header.sizeBytes()];
        for (MaterialChunk chunk : chunks) {
            String misfit = chunkProblem(header, chunk);
            if (misfit != null) {
                return new Reassembly.Corrupt(misfit);
            }
            if (seen[chunk.chunkNo()]) {
                return new Reassembly.Corrupt("chunk " + chunk.chunkNo() + " is here twice");
            }
            seen[chunk.chunkNo()] = true;
            byte[] part = chunk.decoded();
            System.arraycopy(part, 0, whole, chunk.chunkNo() * CHUNK_SIZE, part.length);
        }
        if (chunks.size() < header.chunkCount()) {
            return new Reassembly.Incomplete(chunks.size(), header.chunkCount());
        }
        if (!sha256(whole).equals(header.sha256())) {
            return new Reassembly.Corrupt("the chunks do not make the file: its sha-256 differs from the header's");
        }
        return new Reassembly.Complete(whole);
    }

    private static Reassembly inline(Material header) {
        if (header.contentBase64() == null) {
            return new Reassembly.Corrupt("neither chunks nor content");
        }
        try {
            byte[] content = Base64.getDecoder().decode(header.contentBase64());
            return content.length == header.sizeBytes() ? new Reassembly.Complete(content)
                    : new Reassembly.Corrupt("the content is not of the size the header names");
        } catch (IllegalArgumentException e) {
            return new Reassembly.Corrupt("the content is not base64");
        }
    }
}

package org.seatdesk.kb.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/// R-KB-2, ADR 0023: a file cut into chunks and put together again is the same file, whatever
/// its size and whatever order the chunks arrive in; a missing chunk makes it incomplete, and a
/// duplicated, relabelled (reordered) or altered chunk is detected — never a wrong file.
class MaterialChunksProperties {

    private static final UUID ITEM = UUID.randomUUID();
    private static final UUID EDITOR = UUID.randomUUID();

    /// Sizes around the chunk boundaries come up often; the rest up to ~9 chunks.
    @Provide
    Arbitrary<Integer> sizes() {
        int c = MaterialChunks.CHUNK_SIZE;
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 9 * c),
                Arbitraries.of(1, c - 1, c, c + 1, 2 * c - 1, 2 * c, 2 * c + 1, 3 * c));
    }

    @Property(tries = 300)
    void rKb2ChunkingAndReassemblyRoundTripInAnyArrivalOrder(@ForAll("sizes") int size, @ForAll long seed) {
        byte[] file = bytes(size, seed);
        Material header = header(file);
        List<MaterialChunk> chunks = chunks(header, file);
        Collections.shuffle(chunks, new Random(seed));

        assertThat(MaterialChunks.headerProblem(header)).isNull();
        assertThat(chunks).hasSize(MaterialChunks.countFor(size)).allSatisfy(c ->
                assertThat(MaterialChunks.chunkProblem(header, c)).isNull());
        assertThat(chunks).allSatisfy(c -> assertThat(c.decoded().length).isLessThanOrEqualTo(MaterialChunks.CHUNK_SIZE));
        Reassembly whole = MaterialChunks.reassemble(header, chunks);
        assertThat(whole).isInstanceOf(Reassembly.Complete.class);
        assertThat(((Reassembly.Complete) whole).content()).isEqualTo(file);
    }

    @Property(tries = 200)
    void rKb2AMissingChunkLeavesTheFileIncompleteWithHowMuchHasArrived(@ForAll("sizes") int size, @ForAll long seed,
                                                                       @ForAll @IntRange(min = 1, max = 9) int missing) {
        byte[] file = bytes(size, seed);
        Material header = header(file);
        List<MaterialChunk> chunks = chunks(header, file);
        Collections.shuffle(chunks, new Random(seed));
        int drop = Math.min(missing, chunks.size());
        List<MaterialChunk> arrived = chunks.subList(drop, chunks.size());

        assertThat(MaterialChunks.reassemble(header, arrived))
                .isEqualTo(new Reassembly.Incomplete(chunks.size() - drop, chunks.size()));
    }

    @Property(tries = 200)
    void rKb2AChunkThatArrivesTwiceIsDetected(@ForAll("sizes") int size, @ForAll long seed, @ForAll boolean sameId) {
        byte[] file = bytes(size, seed);
        Material header = header(file);
        List<MaterialChunk> chunks = chunks(header, file);
        MaterialChunk twice = chunks.get(new Random(seed).nextInt(chunks.size()));
        chunks.add(sameId ? twice : new MaterialChunk(UUID.randomUUID(), twice.materialId(), twice.chunkNo(),
                twice.contentBase64()));
        Collections.shuffle(chunks, new Random(seed));

        assertThat(MaterialChunks.reassemble(header, chunks)).isInstanceOf(Reassembly.Corrupt.class);
    }

    /// Two chunks' places swapped (each labelled with the other's index): the sizes or the sha-256 tell.
    @Property(tries = 200)
    void rKb2ReorderedChunksAreDetected(@ForAll @IntRange(min = MaterialChunks.CHUNK_SIZE + 1, max = 9 * MaterialChunks.CHUNK_SIZE) int size,
                                       @ForAll long seed) {
        byte[] file = bytes(size, seed);
        Material header = header(file);
        List<MaterialChunk> chunks = chunks(header, file);
        Random random = new Random(seed);
        int a = random.nextInt(chunks.size());
        int b = (a + 1 + random.nextInt(chunks.size() - 1)) % chunks.size();
        MaterialChunk first = chunks.get(a);
        MaterialChunk second = chunks.get(b);
        Assume.that(!first.contentBase64().equals(second.contentBase64()));
        chunks.set(a, new MaterialChunk(first.id(), header.id(), second.chunkNo(), first.contentBase64()));
        chunks.set(b, new MaterialChunk(second.id(), header.id(), first.chunkNo(), second.contentBase64()));

        assertThat(MaterialChunks.reassemble(header, chunks)).isInstanceOf(Reassembly.Corrupt.class);
    }

    @Property(tries = 200)
    void rKb2AnAlteredByteOrAForeignChunkIsDetected(@ForAll("sizes") int size, @ForAll long seed) {
        byte[] file = bytes(size, seed);
        Material header = header(file);
        List<MaterialChunk> chunks = chunks(header, file);
        Random random = new Random(seed);
        int at = random.nextInt(chunks.size());
        byte[] altered = chunks.get(at).decoded();
        altered[random.nextInt(altered.length)] ^= (byte) (1 + random.nextInt(255));
        List<MaterialChunk> tampered = new ArrayList<>(chunks);
        tampered.set(at, new MaterialChunk(chunks.get(at).id(), header.id(), at,
                java.util.Base64.getEncoder().encodeToString(altered)));
        List<MaterialChunk> foreign = new ArrayList<>(chunks);
        foreign.set(at, new MaterialChunk(chunks.get(at).id(), UUID.randomUUID(), at, chunks.get(at).contentBase64()));

        assertThat(MaterialChunks.reassemble(header, tampered)).isInstanceOf(Reassembly.Corrupt.class);
        assertThat(MaterialChunks.reassemble(header, foreign)).isInstanceOf(Reassembly.Corrupt.class);
        assertThat(MaterialChunks.chunkProblem(header, foreign.get(at))).contains("another material");
    }

    @Example
    void rKb2TheLimitIsTenMibAndAHeaderThatLiesAboutItsChunksIsRefused() {
        byte[] file = bytes(Material.SIZE_LIMIT, 7);
        Material header = header(file);
        assertThat(header.chunkCount()).isEqualTo(1280);
        assertThat(MaterialChunks.reassemble(header, chunks(header, file))).isInstanceOf(Reassembly.Complete.class);

        Material tooLarge = new Material(UUID.randomUUID(), ITEM, "scan.pdf", "application/pdf", Material.SIZE_LIMIT + 1,
                null, EDITOR, "Editor", Instant.now(), 1281, header.sha256());
        Material wrongCount = new Material(UUID.randomUUID(), ITEM, "scan.pdf", "application/pdf", 20_000,
                null, EDITOR, "Editor", Instant.now(), 2, header.sha256());
        Material noSha = new Material(UUID.randomUUID(), ITEM, "scan.pdf", "application/pdf", 20_000,
                null, EDITOR, "Editor", Instant.now(), 3, "abc");
        assertThat(MaterialChunks.headerProblem(tooLarge)).contains("10 MiB");
        assertThat(MaterialChunks.headerProblem(wrongCount)).contains("3 chunks");
        assertThat(MaterialChunks.headerProblem(noSha)).contains("sha256");
        // A chunk of the wrong size for its index, and one past the end.
        MaterialChunk short0 = new MaterialChunk(UUID.randomUUID(), header.id(), 0,
                java.util.Base64.getEncoder().encodeToString(new byte[100]));
        MaterialChunk past = new MaterialChunk(UUID.randomUUID(), header.id(), 1280,
                java.util.Base64.getEncoder().encodeToString(new byte[100]));
        assertThat(MaterialChunks.chunkProblem(header, short0)).contains("holds 100 bytes where 8192 belong");
        assertThat(MaterialChunks.chunkProblem(header, past)).contains("outside 0 … 1279");
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static Material header(byte[] file) {
        return new Material(UUID.randomUUID(), ITEM, "notice.pdf", "application/pdf", file.length, null, EDITOR, "Editor",
                Instant.now(), MaterialChunks.countFor(file.length), MaterialChunks.sha256(file));
    }

    private static List<MaterialChunk> chunks(Material header, byte[] file) {
        List<MaterialChunk> out = new ArrayList<>();
        for (int n = 0; n < header.chunkCount(); n++) {
            out.add(MaterialChunks.chunk(UUID.randomUUID(), header.id(), file, n));
        }
        return out;
    }
}

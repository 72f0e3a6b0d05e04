package org.seatdesk.kb.editorial;

/// What the chunks of a material held here make (R-KB-2, ADR 0023): the file, a file still
/// arriving, or chunks that do not make the file the header names.
public sealed interface Reassembly {

    record Complete(byte[] content) implements Reassembly {
    }

    /// `have` of `of` chunks are here; the rest are still on their way from the hub.
    record Incomplete(int have, int of) implements Reassembly {
    }

    /// A duplicated, foreign, misplaced or mis-sized chunk, or a whole whose sha-256 differs.
    record Corrupt(String reason) implements Reassembly {
    }
}

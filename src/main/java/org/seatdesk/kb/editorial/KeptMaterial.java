package org.seatdesk.kb.editorial;

/// A material as this console holds it: its header and how many of its chunks have arrived
/// (R-KB-2, ADR 0023). A material of V10 (content inline) counts as one chunk of one.
public record KeptMaterial(Material material, int chunksHere) {

    public int chunkCount() {
        return material.chunkCount() == null ? 1 : material.chunkCount();
    }

    public boolean complete() {
        return chunksHere >= chunkCount();
    }
}

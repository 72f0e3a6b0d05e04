package org.seatdesk.kb.editorial;

/// A saved version, and whether the cleaner removed something from its body (the editor says so).
public record SavedRevision(Revision revision, boolean bodyWasCleaned) {
}

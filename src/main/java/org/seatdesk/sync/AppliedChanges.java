package org.seatdesk.sync;

import java.util.List;

import org.seatdesk.sync.HubWire.Change;

/// Told, after a pulled page has committed, which of its changes altered a local row: for what
/// the seat derives from its database outside it (the knowledge-base index, R-KB-2).
@FunctionalInterface
public interface AppliedChanges {

    AppliedChanges NONE = changes -> { };

    void committed(List<Change> changes);
}

package org.seatdesk.kb.editorial;

/// The answer of {@link EditorialFlow}: the state a step leads to, or why it is refused.
public sealed interface Transition {

    record Allowed(EditorialState next) implements Transition {
    }

    /// `reason` is a stable key (`kb.flow.refused.*` in the bundles, and the hub's message).
    record Refused(String reason, String detail) implements Transition {
    }
}

package org.seatdesk.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.HubWire.PushResult;

/// The seat's local side of sync: the outbox going out, the change feed coming in, and what the
/// hub said that a person must look at. Each write is one local transaction.
public interface SyncStore {

    /// The oldest `limit` operations not yet answered by the hub, in the order they were made.
    List<OutboxOperation> oldestPending(int limit);

    /// In one transaction, for every answered operation: deletes it from the outbox, keeping a
    /// conflict for a person to resolve and a rejection with its reason (sync principle 2).
    void settle(List<Answered> answered, Instant at);

    /// The highest feed `seq` this seat has applied (0 before the first pull).
    long cursor();

    /// In one transaction: applies the changes (each at most once: a row already at that
    /// version or newer is left alone) and moves the cursor to `last`, never backwards.
    /// @return how many changes altered a local row
    int applyPage(List<Change> changes, long last);

    /// In one transaction: desks and staff added or updated (a known person keeps the password
    /// hash this seat has), the centre's settings (not this workstation's own), and ticket
    /// counters raised to the hub's, never lowered, and the roster's reference data and the plan
    /// of its window (ADR 0024; own roster edits not yet back stay the plan). `staffNo` with `passwordHash` stores the
    /// credentials the hub has just accepted, so that this person can log in here offline too;
    /// both null otherwise. People added without a password here cannot log in offline until
    /// they have once logged in here while the hub was reachable.
    /// A store that keeps no staff (the wall's board) ignores it.
    default void applyDirectory(Directory directory, String staffNo, String passwordHash) {
    }

    /// The centre this seat's data belongs to (ADR 0037): the one already recorded here, or else
    /// `hubCentre`, which is recorded now (the first sync). A store that keeps no centre (the
    /// wall's board, which keeps nothing) takes every hub's.
    default java.util.UUID adoptCentre(java.util.UUID hubCentre, Instant at) {
        return hubCentre;
    }

    void recordHubContact(Instant at, Duration clockOffset);

    Optional<HubContact> lastHubContact();

    /// Conflicts that wait for a person.
    int openConflicts();

    /// Operations the hub refused, kept with its reason.
    default int rejectedOps() {
        return 0;
    }

    record Answered(OutboxOperation op, PushResult result) {
    }

    record HubContact(Instant at, Duration clockOffset) {
    }
}

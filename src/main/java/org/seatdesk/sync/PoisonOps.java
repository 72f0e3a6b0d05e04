package org.seatdesk.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/// Outbox operations the hub fails on (5xx) when they are pushed alone (issue "The console on a
/// real desk": one record made the hub answer 500 to every push, and the seat resent it for ever).
///
/// An operation is taken for poison only on evidence that the hub is not simply failing every
/// push: it must have failed alone {@link #STRIKES} times, and the hub must have answered a push
/// of this seat's other operations after its first failure. A hub that fails every push (its disk
/// is full) therefore never sends a seat's work to the refusals; an operation alone in the outbox
/// keeps being retried (with backoff, pulls going on) until another one goes through.
/// Kept in memory: a restarted seat counts again from nothing, which only costs a few retries.
final class PoisonOps {

    static final int STRIKES = 3;
    /// More distinct failing operations than this are not tracked (their strikes restart).
    private static final int MAX_TRACKED = 1_000;

    private record Failing(long firstAt, int times) {
    }

    private final Map<UUID, Failing> failing = new HashMap<>();
    private long requests;
    private long lastAnswered = -1;

    /// A push was answered with a result per operation.
    synchronized void answered(Iterable<UUID> settled) {
        lastAnswered = ++requests;
        settled.forEach(failing::remove);
    }

    /// `op` was pushed alone and the hub failed. True when it is now taken for poison.
    synchronized boolean failedAlone(UUID op) {
        long at = ++requests;
        if (!failing.containsKey(op) && failing.size() >= MAX_TRACKED) {
            failing.clear();
        }
        Failing f = failing.merge(op, new Failing(at, 1), (old, one) -> new Failing(old.firstAt(), old.times() + 1));
        return f.times() >= STRIKES && lastAnswered > f.firstAt();
    }

    synchronized int failures(UUID op) {
        Failing f = failing.get(op);
        return f == null ? 0 : f.times();
    }

    synchronized void forget(UUID op) {
        failing.remove(op);
    }
}

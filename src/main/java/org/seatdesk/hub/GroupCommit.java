package org.seatdesk.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/// Several push requests in one transaction on H2 (ADR 0025). One hub process owns the H2 file and
/// its writers queue one at a time anyway; the commit — H2 writing the changed pages of a dozen
/// B-trees — was a quarter of a batch's time. A request waits for the writer's turn; whoever gets
/// it takes every request waiting by then (up to `maxOps` operations) and applies them together,
/// each with its own answers. If the shared transaction fails, each request of it is applied
/// alone, so a bad request fails only itself.
///
/// @param <Q> one request
/// @param <R> one request's answer
final class GroupCommit<Q, R> {

    /// One waiting request and, once applied, its answer or failure.
    static final class Request<Q, R> {
        final Q request;
        final int size;
        private R answer;
        private RuntimeException failure;
        private boolean done;

        Request(Q request, int size) {
            this.request = request;
            this.size = size;
        }
    }

    private final ConcurrentLinkedQueue<Request<Q, R>> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock(true);
    private final int maxOps;
    private final Function<List<Q>, List<R>> applyTogether;

    /// @param applyTogether applies the requests in one transaction and answers each, in order
    GroupCommit(int maxOps, Function<List<Q>, List<R>> applyTogether) {
        this.maxOps = maxOps;
        this.applyTogether = applyTogether;
    }

    R submit(Q request, int size) {
        Request<Q, R> mine = new Request<>(request, size);
        waiting.add(mine);
        writer.lock();
        try {
            while (!mine.done) {
                applyGroup(takeGroup());
            }
        } finally {
            writer.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.answer;
    }

    /// Requests waiting for the writer's turn (a test waits for a group to form).
    int waiting() {
        return waiting.size();
    }

    /// The oldest waiting requests, up to `maxOps` operations (always at least one request).
    private List<Request<Q, R>> takeGroup() {
        List<Request<Q, R>> group = new ArrayList<>();
        int ops = 0;
        Request<Q, R> next;
        while ((next = waiting.peek()) != null && (group.isEmpty() || ops + next.size <= maxOps)) {
            group.add(waiting.poll());
            ops += next.size;
        }
        return group;
    }

    private void applyGroup(List<Request<Q, R>> group) {
        try {
            if (group.size() > 1 && appliedTogether(group)) {
                return;
            }
            for (Request<Q, R> r : group) {
                try {
                    r.answer = applyTogether.apply(List.of(r.request)).getFirst();
                } catch (RuntimeException e) {
                    r.failure = e;
                }
                r.done = true;
            }
        } finally {
            // an Error on the way out: the others of the group must not wait for an answer forever
            for (Request<Q, R> r : group) {
                if (!r.done) {
                    r.failure = new IllegalStateException("the push was not applied: the hub failed while applying its group");
                    r.done = true;
                }
            }
        }
    }

    private boolean appliedTogether(List<Request<Q, R>> group) {
        try {
            List<R> answers = applyTogether.apply(group.stream().map(r -> r.request).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer = answers.get(i);
                group.get(i).done = true;
            }
            return true;
        } catch (RuntimeException sharedFailed) {
            return false; // rolled back as a whole: each on its own, so that only the bad one fails
        }
    }
}

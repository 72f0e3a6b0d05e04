package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/// ADR 0025: the H2 hub commits the push requests that queued while one was applied together,
/// each with its own answer, and a request that makes the shared transaction fail fails alone.
/// (The push rules inside one transaction are covered by BatchedPushTest and the hub process tests.)
class GroupCommitTest {

    private final List<List<String>> transactions = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstEntered = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    /// One "transaction": answers each request upper-cased; the first one waits until released;
    /// a group holding "bad" fails as a whole.
    private List<String> apply(List<String> requests) {
        transactions.add(requests);
        if (requests.contains("first")) {
            firstEntered.countDown();
            await(releaseFirst);
        }
        if (requests.contains("bad")) {
            throw new IllegalStateException("a constraint failed");
        }
        return requests.stream().map(r -> r.toUpperCase(Locale.ROOT)).toList();
    }

    @Test
    void requestsThatQueuedMeanwhileShareOneTransactionAndEachGetsItsOwnAnswer() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(1_000, this::apply);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = threads.submit(() -> commit.submit("first", 500));
            assertThat(firstEntered.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> queued = List.of("b", "c", "d").stream()
                    .map(r -> threads.submit(() -> commit.submit(r, 300))).toList();
            awaitWaiting(commit, 3);
            releaseFirst.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
            assertThat(queued.stream().map(GroupCommitTest::get)).containsExactly("B", "C", "D");
        }
        assertThat(transactions).hasSize(2);
        assertThat(transactions.get(0)).containsExactly("first");
        assertThat(transactions.get(1)).as("one commit for the three that waited").containsExactlyInAnyOrder("b", "c", "d");
    }

    @Test
    void aGroupStopsAtItsLimitOfOperations() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(1_000, this::apply);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = threads.submit(() -> commit.submit("first", 500));
            assertThat(firstEntered.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> queued = List.of("b", "c", "d").stream()
                    .map(r -> threads.submit(() -> commit.submit(r, 500))).toList();
            awaitWaiting(commit, 3);
            releaseFirst.countDown();
            first.get(10, TimeUnit.SECONDS);
            queued.forEach(GroupCommitTest::get);
        }
        assertThat(transactions).hasSize(3);
        assertThat(transactions.subList(1, 3)).allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void aRequestThatFailsTheSharedTransactionFailsAloneAndTheOthersAreAppliedOnTheirOwn() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(1_000, this::apply);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = threads.submit(() -> commit.submit("first", 1));
            assertThat(firstEntered.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> b = threads.submit(() -> commit.submit("b", 1));
            awaitWaiting(commit, 1);
            Future<String> bad = threads.submit(() -> commit.submit("bad", 1));
            awaitWaiting(commit, 2);
            Future<String> d = threads.submit(() -> commit.submit("d", 1));
            awaitWaiting(commit, 3);
            releaseFirst.countDown();

            first.get(10, TimeUnit.SECONDS);
            assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo("B");
            assertThat(d.get(10, TimeUnit.SECONDS)).isEqualTo("D");
            assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("a constraint failed");
        }
        assertThat(transactions.subList(1, transactions.size()))
                .containsExactly(List.of("b", "bad", "d"), List.of("b"), List.of("bad"), List.of("d"));
    }

    private static void awaitWaiting(GroupCommit<?, ?> commit, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.waiting() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(commit.waiting()).isEqualTo(n);
    }

    private static String get(Future<String> f) {
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

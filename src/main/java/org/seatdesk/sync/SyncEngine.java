package org.seatdesk.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.HubWire.ChangePage;
import org.seatdesk.sync.HubWire.LoginAnswer;
import org.seatdesk.sync.HubWire.PushAnswer;
import org.seatdesk.sync.HubWire.PushResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Moves changes between this seat and the hub in the background (design.md, "Sync — principles").
///
/// One loop thread talks HTTP and waits; every database read and write is handed to the injected
/// executor (whose threads are never interrupted: H2 breaks on interrupts), and the engine's own
/// threads never touch the database. Stopping sets a flag, cancels the event stream and waits for
/// the loop; nothing is interrupted, so a local transaction in flight commits or rolls back whole.
public final class SyncEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    /// The refusal reason of an operation the hub kept failing on (PoisonOps).
    public static final String HUB_ERROR = "hub_error";
    /// Operations failing alone, with none answered, after which a round's push gives up. More than
    /// two: a ticket and its first history entry may both carry what the hub fails on.
    static final int GIVE_UP_ALONE = 3;
    /// The longest wait before trying a hub that could not be reached at all: a seat notices the
    /// hub's return within about this (plus one round), each at a random moment within it so that
    /// a room of seats does not arrive in the same millisecond (Backoff's full jitter).
    public static final Duration RECONNECT_CAP = Duration.ofMillis(2_000);

    /// @param batchSize operations per push (the hub takes at most 500)
    /// @param pageSize changes per pull page (the hub allows 1–1000)
    /// @param tick how often the loop looks at the outbox when nothing woke it
    /// @param pollInterval how often it pulls without a live event stream (the fallback)
    /// @param streamPollInterval how often it pulls anyway while the stream is up
    /// @param streamIdle a stream silent this long (the hub sends heartbeats every 15 s) is dead
    public record Options(int batchSize, int pageSize, Duration tick, Duration pollInterval,
                          Duration streamPollInterval, Duration streamIdle, boolean useEventStream) {

        /// Pages of 1,000 (the hub's largest): a seat catching up after an outage applies each in one
        /// local transaction, and half as many round trips and commits (ADR 0019).
        public static Options standard() {
            return new Options(500, 1000, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(30),
                    Duration.ofSeconds(45), true);
        }
    }

    /// What one round did.
    public record Round(int pushed, int conflicts, int rejected, int pulled, long cursor) {
    }

    private final HubClient hub;
    private final SyncStore store;
    private final Executor db;
    private final SyncStatusService status;
    private final HubClock hubClock;
    private final Clock clock;
    private final Backoff backoff;
    private final Options options;

    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private volatile boolean pullRequested = true;
    private volatile Instant lastHeard = Instant.EPOCH;
    private volatile EventStream stream;
    private volatile HubCredentials credentials;
    private volatile Runnable remoteChanges = () -> { };
    private Thread loop;
    private long hubCursor;
    private int failures;
    private int pushFailures;
    private Instant nextPush = Instant.EPOCH;
    private final PoisonOps poison = new PoisonOps();
    private volatile int streamFailures; // also written by the stream's listener, on HTTP threads
    private volatile Instant nextStreamAttempt = Instant.EPOCH;
    private Instant nextPull = Instant.EPOCH;
    private Instant contactRecorded = Instant.EPOCH;
    private volatile OtherCentreException otherCentre;

    public SyncEngine(HubClient hub, SyncStore store, Executor db, SyncStatusService status, HubClock hubClock,
                      Clock clock, Backoff backoff, Options options) {
        this.hub = hub;
        this.store = store;
        this.db = db;
        this.status = status;
        this.hubClock = hubClock;
        this.clock = clock;
        this.backoff = backoff;
        this.options = options;
        hub.guardCentre(this::checkCentre);
    }

    /// At every login, before anything is pushed or pulled: this seat's data must be the hub's
    /// centre's (ADR 0037). A seat that has none yet takes the hub's now (its first sync).
    private void checkCentre(UUID hubCentre) {
        if (hubCentre == null) {
            return; // a hub older than centre ids: there is nothing to compare
        }
        UUID mine = db(() -> store.adoptCentre(hubCentre, clock.instant()));
        if (!mine.equals(hubCentre)) {
            throw new OtherCentreException(mine, hubCentre);
        }
    }

    /// Set when the engine stopped because the hub serves another centre (ADR 0037).
    public java.util.Optional<OtherCentreException> stoppedForOtherCentre() {
        return java.util.Optional.ofNullable(otherCentre);
    }

    /// Starts the background loop, which logs in as `who` and keeps syncing until {@link #close()}.
    public synchronized void start(HubCredentials who) {
        if (loop != null) {
            throw new IllegalStateException("already started");
        }
        this.credentials = who;
        running = true;
        loop = Thread.ofPlatform().name("seatdesk-sync").daemon(true).start(this::run);
    }

    /// Something changed locally (a save) or remotely: run a round now rather than at the next tick.
    public void nudge() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /// Called on the engine's thread after a pull changed local rows, or a push's answer did (a
    /// conflict, a refusal, a renumbered ticket): the console refreshes what it shows.
    public void onRemoteChanges(Runnable listener) {
        this.remoteChanges = listener;
    }

    /// Logs in with the credentials the engine was started with (or given here) when it has no token.
    public LoginAnswer login(HubCredentials who) {
        this.credentials = who;
        Instant sent = clock.instant();
        LoginAnswer answer = hub.login(who);
        observe(answer.serverTime(), sent);
        refreshDirectory();
        return answer;
    }

    /// Staff, settings and this seat's counters from the hub, at every login (issue 4). A hub
    /// without the directory (an older one), or one that stops answering right after the login,
    /// is not a reason to fail the login.
    private void refreshDirectory() {
        Directory directory;
        try {
            directory = hub.directory();
        } catch (HubException e) {
            if (e.status() == 403) {
                return; // the wall: no one logs in there, so it has no use for the directory
            }
            LOG.warn("The hub did not give its directory ({}); staff and counters stay as they are", e.getMessage());
            return;
        } catch (HubUnreachableException e) {
            return; // the login itself went through: the next login or round tries again
        }
        db(() -> {
            store.applyDirectory(directory, null, null);
            return null;
        });
    }

    /// One round on the calling thread: push the whole outbox, then pull every page after the
    /// cursor. The pull happens even when the push failed (no operation may keep a seat from
    /// others' changes); the push's failure is thrown after it. Throws {@link
    /// HubUnreachableException} or {@link HubException} when the hub fails; whatever was answered
    /// before that is settled, the rest stays for the next round.
    public Round syncOnce() {
        Pushed pushed = pushThenPull();
        if (pushed.failure() != null) {
            throw pushed.failure();
        }
        Round r = pushed.round();
        return new Round(r.pushed(), r.conflicts(), r.rejected(), r.pulled(), hubCursor);
    }

    /// A round's push and pull; a failed push is handed back, after the pull, not thrown.
    private record Pushed(Round round, RuntimeException failure) {
    }

    private Pushed pushThenPull() {
        Round pushed = new Round(0, 0, 0, 0, hubCursor);
        RuntimeException pushFailed = null;
        try {
            pushed = pushAll();
        } catch (HubException | HubUnreachableException e) {
            pushFailed = e;
        }
        int pulled = pullAll();
        recordContact();
        return new Pushed(new Round(pushed.pushed(), pushed.conflicts(), pushed.rejected(), pulled, hubCursor), pushFailed);
    }

    /// Pushes the whole outbox without pulling after it (a round's first half; fault and
    /// property tests use it to have a seat's accepted edits not yet come back).
    ///
    /// A batch the hub fails on (5xx) or refuses whole for its shape (400, 413) is split in halves
    /// and each half pushed, down to the operation alone, so that one operation cannot hold back
    /// the others. One the hub refuses alone for its shape goes to the refusals at once; one it
    /// fails on alone goes there after {@link PoisonOps#STRIKES} tries, if the hub took other
    /// operations meanwhile. Either way the payload is kept with the refusal: nothing is lost.
    /// If {@link #GIVE_UP_ALONE} operations fail alone and none went through, the hub is failing
    /// every push: the round's push stops there (a dozen requests for a batch of 500, not hundreds).
    public Round pushAll() {
        Tally tally = new Tally();
        Set<UUID> failedAlone = new HashSet<>();
        while (true) {
            int limit = options.batchSize() + failedAlone.size();
            List<OutboxOperation> pending = db(() -> store.oldestPending(limit)).stream()
                    .filter(op -> !failedAlone.contains(op.opId())).limit(options.batchSize()).toList();
            List<OutboxOperation> batch = PushBatch.fitting(pending);
            if (batch.isEmpty() || !send(batch, tally, failedAlone)) {
                break;
            }
        }
        if (tally.failure != null) {
            throw tally.failure; // the operations that failed alone stay: a later round tries them again
        }
        return new Round(tally.pushed, tally.conflicts, tally.rejected, 0, hubCursor);
    }

    private static final class Tally {
        int pushed;
        int conflicts;
        int rejected;
        int answeredRequests;
        HubException failure;
    }

    /// Whether a failure of a whole push may lie with one of its operations: the hub failed (5xx) or
    /// refused the request for its shape (400, 413). Not 401 (the client logs in again), 403, 429.
    private static boolean mayBeOneOperation(HubException e) {
        return e.status() >= 500 || e.status() == 400 || e.status() == 413;
    }

    /// Pushes one batch, splitting it when the hub fails on it. False when the round must stop.
    private boolean send(List<OutboxOperation> batch, Tally tally, Set<UUID> failedAlone) {
        PushAnswer answer;
        try {
            answer = hub.push(batch);
        } catch (HubException e) {
            if (!mayBeOneOperation(e)) {
                throw e;
            }
            if (batch.size() > 1) {
                int half = batch.size() / 2;
                return send(batch.subList(0, half), tally, failedAlone) && send(batch.subList(half, batch.size()), tally, failedAlone);
            }
            OutboxOperation op = batch.getFirst();
            failedAlone.add(op.opId());
            if (e.status() < 500) {
                // the hub's own answer to this op alone: final, as a per-op rejection would be
                refuse(op, e.code(), e.getMessage());
                tally.rejected++;
                return true;
            }
            if (poison.failedAlone(op.opId())) {
                int times = poison.failures(op.opId());
                poison.forget(op.opId());
                LOG.error("The hub failed {} times on {} {} {} alone while it took this seat's other changes; kept in the refusals",
                        times, op.kind(), op.entity(), op.entityId());
                refuse(op, HUB_ERROR, "the hub failed on this operation " + times + " times (HTTP " + e.status() + " "
                        + e.code() + ") while it took this seat's other changes; it is kept here and not sent again");
                tally.rejected++;
                return true;
            }
            if (tally.answeredRequests == 0 && failedAlone.size() >= GIVE_UP_ALONE) {
                throw e; // several ops failed alone and none went through: the hub fails every push
            }
            LOG.warn("The hub failed on {} {} {} alone ({} time(s)); the other changes go on", op.kind(), op.entity(),
                    op.entityId(), poison.failures(op.opId()));
            tally.failure = e;
            return true;
        }
        // "Syncing" only once the hub answered: set before the push, every retry of an offline
        // seat flipped the link to online for a moment and restarted its "offline since".
        status.syncing();
        tally.answeredRequests++;
        Map<UUID, PushResult> byOp = new HashMap<>();
        for (PushResult r : answer.results()) {
            if (r.opId() != null && r.isAnswer()) {
                byOp.put(r.opId(), r);
            }
        }
        List<SyncStore.Answered> answered = new ArrayList<>();
        for (OutboxOperation op : batch) {
            PushResult r = byOp.get(op.opId());
            if (r != null) {
                answered.add(new SyncStore.Answered(op, r));
                switch (r.status()) {
                    case PushResult.CONFLICT -> tally.conflicts++;
                    case PushResult.REJECTED -> {
                        tally.rejected++;
                        LOG.warn("The hub rejected {} {} {}: {}", op.kind(), op.entity(), op.entityId(), r.reason());
                    }
                    default -> tally.pushed++;
                }
            }
        }
        poison.answered(answered.stream().map(a -> a.op().opId()).toList());
        if (!answered.isEmpty()) {
            Instant now = clock.instant();
            db(() -> {
                store.settle(answered, now);
                return null;
            });
            if (answered.stream().map(SyncStore.Answered::result).anyMatch(SyncEngine::changesTheSeat)) {
                // The console shows it now, not at the next change pulled.
                remoteChanges.run();
            }
        }
        if (answered.size() < batch.size()) {
            // Unanswered operations stay; pushing them again at once would spin. Next round.
            LOG.warn("The hub answered {} of {} operations; the rest stay in the outbox", answered.size(), batch.size());
            return false;
        }
        return true;
    }

    /// Settles `op` as refused at this seat: it leaves the outbox for the refusals, with its payload.
    private void refuse(OutboxOperation op, String reason, String message) {
        PushResult refused = new PushResult(op.opId(), PushResult.REJECTED, null, null, reason, message);
        Instant now = clock.instant();
        db(() -> {
            store.settle(List.of(new SyncStore.Answered(op, refused)), now);
            return null;
        });
        remoteChanges.run();
    }

    /// A conflict to resolve, a refusal (a refused roster edit is withdrawn) or a ticket renumbered
    /// by the hub changes what this seat holds when it is settled.
    private static boolean changesTheSeat(PushResult result) {
        return result.status().equals(PushResult.CONFLICT) || result.status().equals(PushResult.REJECTED)
                || result.renumberedFrom() != null;
    }

    int pullAll() {
        long cursor = db(store::cursor);
        int applied = 0;
        while (true) {
            pullRequested = false;
            Instant sent = clock.instant();
            ChangePage page = hub.changes(cursor, options.pageSize());
            // The hub answers: a long first catch-up (the wall replays the whole feed) is not
            // "no connection since HH:MM" (design principle 8: say honestly what is).
            status.syncing();
            observe(page.serverTime(), sent);
            long last = Math.max(cursor, page.last());
            if (!page.changes().isEmpty() || last > cursor) {
                int altered = db(() -> store.applyPage(page.changes(), last));
                if (altered > 0) {
                    applied += altered;
                    remoteChanges.run();
                }
            }
            boolean advanced = last > cursor;
            cursor = last;
            hubCursor = cursor;
            if (!page.hasMore() || !advanced) {
                return applied;
            }
        }
    }

    private void observe(Instant serverTime, Instant sent) {
        if (serverTime != null) {
            hubClock.observe(serverTime, sent, clock.instant());
        }
    }

    /// The last contact and the clock offset survive a restart; written at most once a minute.
    private void recordContact() {
        Instant now = clock.instant();
        if (Duration.between(contactRecorded, now).compareTo(Duration.ofMinutes(1)) >= 0) {
            Duration offset = hubClock.offset();
            db(() -> {
                store.recordHubContact(now, offset);
                return null;
            });
            contactRecorded = now;
        }
    }

    private void run() {
        try {
            db(() -> store.lastHubContact()).ifPresent(c -> hubClock.setOffset(c.clockOffset()));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the last hub contact", e);
        }
        while (running) {
            Duration wait;
            boolean wakeable = true;
            try {
                if (!hub.loggedIn()) {
                    login(credentials);
                }
                if (pullDue(clock.instant())) {
                    round();
                    nextPull = clock.instant().plus(streamOpen() ? options.streamPollInterval() : options.pollInterval());
                } else if (pushDue()) {
                    try {
                        pushAll();
                        pushSucceeded();
                    } catch (HubException e) {
                        pushFailed(e); // the hub answered: the next pull says whether it is there
                    }
                }
                status.caughtUp();
                failures = 0;
                keepStream();
                wait = options.tick();
            } catch (OtherCentreException e) {
                // Retrying cannot help: the data here is another centre's. Nothing was sent.
                LOG.error("Sync stopped: {}", e.getMessage());
                otherCentre = e;
                status.offline(clock.instant());
                break;
            } catch (HubUnreachableException | HubException e) {
                status.offline(clock.instant());
                wait = failed(e);
                wakeable = false; // saves while offline must not cut the backoff short
            } catch (RejectedExecutionException closing) {
                break;
            } catch (RuntimeException e) {
                // The hub answered but this seat could not store it (a page its schema refuses):
                // not offline, but stuck at this cursor until someone looks. Nothing is skipped.
                LOG.error("Sync round failed at the seat; retrying", e);
                wait = failed(e);
                wakeable = false;
            }
            await(wait, wakeable);
        }
        closeStream();
    }

    /// A round whose push waits out its own backoff after a failed push, while pulls go on: a
    /// push the hub keeps failing must not keep the seat from others' changes, nor mark it offline.
    private void round() {
        if (!pushDue()) {
            pullAll();
            recordContact();
            return;
        }
        RuntimeException failure = pushThenPull().failure();
        if (failure == null) {
            pushSucceeded();
        } else {
            pushFailed(failure);
        }
    }

    private boolean pushDue() {
        return !clock.instant().isBefore(nextPush);
    }

    private void pushSucceeded() {
        pushFailures = 0;
        nextPush = Instant.EPOCH;
    }

    private void pushFailed(RuntimeException e) {
        Duration wait = backoff.delay(pushFailures++);
        if (e instanceof HubException he && he.retryAfter().isPresent() && he.retryAfter().get().compareTo(wait) > 0) {
            wait = he.retryAfter().get();
        }
        nextPush = clock.instant().plus(wait);
        if (pushFailures == 1 || pushFailures % 20 == 0) {
            LOG.info("Push failed ({}); pulling goes on, pushing again in {} ms", e.getMessage(), wait.toMillis());
        }
    }

    private boolean pullDue(Instant now) {
        return pullRequested || !now.isBefore(nextPull);
    }

    private Duration failed(RuntimeException e) {
        closeStream();
        // A hub that is not there at all is tried again within RECONNECT_CAP, so that its return is
        // noticed within seconds; a hub that answers with an error waits out the whole backoff.
        Duration wait = e instanceof HubUnreachableException ? backoff.delay(failures++, RECONNECT_CAP)
                : backoff.delay(failures++);
        if (e instanceof HubException he) {
            if (he.status() == 401) {
                LOG.warn("The hub refused the login: {}", he.getMessage());
            }
            if (he.retryAfter().isPresent() && he.retryAfter().get().compareTo(wait) > 0) {
                wait = he.retryAfter().get();
            }
        }
        if (failures == 1 || failures % 20 == 0) {
            LOG.info("Hub not reachable ({}); retrying in {} ms", e.getMessage(), wait.toMillis());
        }
        pullRequested = true;
        return wait;
    }

    private boolean streamOpen() {
        EventStream s = stream;
        return s != null && s.isOpen();
    }

    /// Opens the live stream when it is down (with its own backoff: a hub without /events is
    /// simply polled), and drops one that went silent.
    private void keepStream() {
        if (!options.useEventStream()) {
            return;
        }
        Instant now = clock.instant();
        if (streamOpen()) {
            if (Duration.between(lastHeard, now).compareTo(options.streamIdle()) > 0) {
                LOG.info("The hub's event stream went silent; reopening it");
                closeStream();
            }
            return;
        }
        if (now.isBefore(nextStreamAttempt)) {
            return;
        }
        lastHeard = now;
        long after = hubCursor;
        try {
            stream = hub.events(after, new EventStream.Listener() {
                @Override
                public void change(Change change) {
                    lastHeard = clock.instant();
                    streamFailures = 0;
                    // The change could be applied directly, but a pull after the cursor can never
                    // leave a gap (the replay on connect is at most one page): one round trip.
                    pullRequested = true;
                    nudge();
                }

                @Override
                public void heartbeat() {
                    lastHeard = clock.instant();
                    streamFailures = 0;
                }

                @Override
                public void catchup() {
                    lastHeard = clock.instant();
                    pullRequested = true;
                    nudge();
                }

                @Override
                public void ended(RuntimeException error) {
                    if (running) {
                        LOG.debug("Event stream ended: {}", error.getMessage());
                        nextStreamAttempt = clock.instant().plus(backoff.delay(streamFailures++));
                        pullRequested = true;
                        nudge();
                    }
                }
            });
        } catch (RuntimeException e) {
            nextStreamAttempt = now.plus(backoff.delay(streamFailures++));
        }
    }

    private void closeStream() {
        EventStream s = stream;
        stream = null;
        if (s != null) {
            s.close();
        }
    }

    private void await(Duration wait, boolean wakeable) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (signal) {
            while (running && !(wakeable && woken)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    signal.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    /// Runs database work on the injected executor and waits for it here.
    private <T> T db(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, db).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /// Stops the loop without interrupting anything; a round in progress ends at its next step
    /// (HTTP calls are bounded by the client's timeout).
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = loop;
        }
        closeStream();
        nudge();
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

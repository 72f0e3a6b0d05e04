package org.seatdesk.hub;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Server-sent events (sync principle 4): one tail thread follows the feed and hands each new
/// change to every connected client that may see it (redacted for the wall, like `/changes`).
/// It wakes on a commit in this hub, on a notification from another hub, and at the latest
/// every second (the fallback when notifications are lost).
///
/// Each stream has its own writer (a virtual thread) and queue (ADR 0025): the tail only queues,
/// so a client that reads slowly, or 1,000 streams opening at once with their replays, never
/// holds up the others. A stream registers under the tail's lock (no database work there) and its
/// writer then replays what the client missed and goes on with the live changes queued meanwhile,
/// skipping what the replay already sent.
final class EventStreams implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration FALLBACK_POLL = Duration.ofSeconds(1);
    private static final int REPLAY_LIMIT = Feed.DEFAULT_LIMIT;
    /// A client this many changes behind is cut off; it reconnects from its own cursor and
    /// replays (nothing is lost), instead of the hub holding an ever longer queue for it.
    static final int MAX_BACKLOG = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(EventStreams.class);

    private final HubStore store;
    private final Feed feed;
    private final Clock clock;
    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    /// Held while the tail dispatches and while a new stream registers, so none falls in between.
    private final ReentrantLock dispatch = new ReentrantLock();
    private final ReentrantLock wakeLock = new ReentrantLock();
    private final Condition wake = wakeLock.newCondition();
    private boolean moved;
    private volatile boolean running = true;
    private long tailCursor;
    private final Thread tail;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("hub-sse-heartbeat").daemon(true).factory());

    EventStreams(HubStore store, Feed feed, Clock clock) {
        this.store = store;
        this.feed = feed;
        this.clock = clock;
        this.tailCursor = store.lastSeq();
        this.tail = Thread.ofPlatform().name("hub-feed-tail").daemon(true).start(this::follow);
        heartbeat.scheduleAtFixedRate(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /// Tells a writer to stop (never written).
    private static final SseFrame CLOSE = new SseFrame(new byte[0], -1);

    private final class Stream {
        final SseClient client;
        final Caller caller;
        /// The last change queued (tail thread, under the dispatch lock).
        long cursor;
        private final LinkedBlockingQueue<SseFrame> queue = new LinkedBlockingQueue<>();

        Stream(SseClient client, Caller caller, long cursor) {
            this.client = client;
            this.caller = caller;
            this.cursor = cursor;
        }

        void offer(SseFrame frame) {
            if (queue.size() >= MAX_BACKLOG) {
                LOG.info("event stream of {} is {} changes behind: closed, it reconnects and replays", caller.staffNo(), MAX_BACKLOG);
                streams.remove(this);
                queue.clear();
                queue.add(CLOSE);
            } else {
                queue.add(frame);
            }
        }

        void stop() {
            queue.add(CLOSE);
        }

        /// The writer: the replay after `after` (null: only what comes from now on), a heartbeat to
        /// say the stream is live, then the queued changes not covered by the replay. The frames
        /// go to the response as they are (`SseFrame`), flushed once the queue is drained.
        void write(Long after) {
            try {
                OutputStream out = client.ctx().res().getOutputStream();
                long sent = cursor;
                if (after != null) {
                    Feed.Page page = feed.page(caller, after, REPLAY_LIMIT);
                    for (Change change : page.changes()) {
                        out.write(frame(caller, change).bytes());
                    }
                    if (page.hasMore()) {
                        out.write(SseFrame.of("catchup", Json.MAPPER.createObjectNode().put("last", page.last()).toString()).bytes());
                    }
                    sent = page.last();
                }
                out.write(heartbeatFrame().bytes());
                out.flush();
                while (!client.terminated()) {
                    SseFrame frame = queue.take();
                    if (frame == CLOSE) {
                        break;
                    }
                    if (frame.seq() == 0 || frame.seq() > sent) {
                        out.write(frame.bytes());
                        sent = Math.max(sent, frame.seq());
                    }
                    if (queue.isEmpty()) {
                        out.flush();
                    }
                }
            } catch (IOException e) {
                LOG.debug("event stream of {} is gone: {}", caller.staffNo(), e.toString()); // the client went away
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("event stream of {}: {}", caller.staffNo(), e.toString());
            } finally {
                streams.remove(this);
                client.close();
            }
        }
    }

    /// The sequence moved (a commit here, or a notification from another hub).
    void wake() {
        wakeLock.lock();
        try {
            moved = true;
            wake.signalAll();
        } finally {
            wakeLock.unlock();
        }
    }

    /// Replays what the client missed after `after` (one page), then keeps it on the live tail.
    /// When the replay was cut at a page, a `catchup` event tells the client to pull pages.
    /// Registers the stream and returns; its writer does the rest (see the class comment).
    void open(SseClient client, Caller caller, Long after) {
        client.keepAlive();
        Stream stream;
        dispatch.lock();
        try {
            // Every change after the tail's cursor is queued for this stream from now on; the
            // replay (read after this, so up to a counter at least as high) covers the rest.
            stream = new Stream(client, caller, tailCursor);
            streams.add(stream);
        } finally {
            dispatch.unlock();
        }
        client.onClose(() -> {
            streams.remove(stream);
            stream.stop();
        });
        Thread.ofVirtual().name("hub-sse-" + caller.staffNo()).start(() -> stream.write(after));
        LOG.info("event stream opened by {} ({} stream(s))", caller.staffNo(), streams.size());
    }

    private void follow() {
        while (running) {
            try {
                awaitMove();
                dispatch.lock();
                try {
                    long upTo = store.lastSeq();
                    if (streams.isEmpty()) {
                        tailCursor = upTo; // nobody to hand changes to: a stream that opens replays from its own cursor
                    }
                    while (tailCursor < upTo && running) {
                        List<Change> page = store.changesAfter(tailCursor, upTo, null, Feed.MAX_LIMIT);
                        if (page.isEmpty()) {
                            tailCursor = upTo;
                            break;
                        }
                        for (Change change : page) {
                            deliver(change);
                        }
                        tailCursor = page.getLast().seq();
                    }
                } finally {
                    dispatch.unlock();
                }
            } catch (RuntimeException e) {
                LOG.warn("feed tail: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    /// Queues one change for every stream that may see it. The event's bytes are rendered once per
    /// audience (`Feed.audience`: everyone, the wall), not once per stream — with 1,000 consoles,
    /// parsing and writing the payload per stream was the tail's cost; only a colleague's leave
    /// request is written for its reader alone.
    private void deliver(Change change) {
        SseFrame full = null;
        SseFrame redacted = null;
        for (Stream stream : streams) {
            if (change.seq() <= stream.cursor) {
                continue;
            }
            stream.cursor = change.seq();
            if (stream.client.terminated()) {
                streams.remove(stream);
                stream.stop();
            } else if (Feed.visibleTo(stream.caller, change)) {
                SseFrame frame = switch (Feed.audience(stream.caller, change)) {
                    case EVERYONE -> full != null ? full : (full = frame(stream.caller, change));
                    case WALL -> redacted != null ? redacted : (redacted = frame(stream.caller, change));
                    case THIS_CALLER -> frame(stream.caller, change);
                };
                stream.offer(frame);
            }
        }
    }

    private static SseFrame frame(Caller caller, Change change) {
        return SseFrame.change(Feed.element(caller, change).toString(), change.seq());
    }

    private void awaitMove() {
        wakeLock.lock();
        try {
            if (!moved) {
                wake.await(FALLBACK_POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
            moved = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            wakeLock.unlock();
        }
    }

    private void heartbeat() {
        SseFrame beat = heartbeatFrame();
        for (Stream stream : streams) {
            if (stream.client.terminated()) {
                streams.remove(stream);
                stream.stop();
            } else {
                stream.offer(beat);
            }
        }
    }

    private SseFrame heartbeatFrame() {
        return SseFrame.of("heartbeat", Json.MAPPER.createObjectNode().put("serverTime", clock.instant().toString()).toString());
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(FALLBACK_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int connected() {
        return streams.size();
    }

    @Override
    public void close() {
        running = false;
        wake();
        // The database closes after this: a tail still reading it logged "Connection pool has
        // been disposed" at every shutdown. A page of the feed takes milliseconds.
        try {
            tail.join(java.time.Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeat.shutdown();
        streams.forEach(s -> {
            s.stop();
            s.client.close();
        });
    }
}

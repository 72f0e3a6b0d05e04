package org.seatdesk.hub;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
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
final class EventStreams implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration FALLBACK_POLL = Duration.ofSeconds(1);
    private static final int REPLAY_LIMIT = Feed.DEFAULT_LIMIT;
    private static final Logger LOG = LoggerFactory.getLogger(EventStreams.class);

    private final HubStore store;
    private final Feed feed;
    private final Clock clock;
    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    /// Held while the tail dispatches and while a new stream replays, so none falls in between.
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

    private static final class Stream {
        final SseClient client;
        final Caller caller;
        long cursor;

        Stream(SseClient client, Caller caller, long cursor) {
            this.client = client;
            this.caller = caller;
            this.cursor = cursor;
        }

        synchronized void send(String event, String data, String id) {
            if (!client.terminated()) {
                client.sendEvent(event, data, id);
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
    void open(SseClient client, Caller caller, Long after) {
        client.keepAlive();
        dispatch.lock();
        try {
            long cursor;
            if (after == null) {
                cursor = store.lastSeq();
            } else {
                Feed.Page page = feed.page(caller, after, REPLAY_LIMIT);
                Stream replaying = new Stream(client, caller, after);
                for (Change change : page.changes()) {
                    replaying.send("change", Feed.element(caller, change).toString(), Long.toString(change.seq()));
                }
                if (page.hasMore()) {
                    replaying.send("catchup", Json.MAPPER.createObjectNode().put("last", page.last()).toString(), null);
                }
                cursor = page.last();
            }
            Stream stream = new Stream(client, caller, Math.max(cursor, tailCursor));
            streams.add(stream);
            client.onClose(() -> streams.remove(stream));
        } finally {
            dispatch.unlock();
        }
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

    /// Hands one change to every stream that may see it. The event's text depends on the caller
    /// only through the wall's redaction, so it is written at most twice per change, not once per
    /// stream (with 1,000 consoles, parsing and writing the payload per stream was the tail's cost).
    private void deliver(Change change) {
        String id = Long.toString(change.seq());
        String full = null;
        String redacted = null;
        for (Stream stream : streams) {
            if (change.seq() <= stream.cursor) {
                continue;
            }
            stream.cursor = change.seq();
            if (stream.client.terminated()) {
                streams.remove(stream);
            } else if (Feed.visibleTo(stream.caller, change)) {
                String data;
                if (stream.caller.isWall()) {
                    data = redacted != null ? redacted : (redacted = Feed.element(stream.caller, change).toString());
                } else {
                    data = full != null ? full : (full = Feed.element(stream.caller, change).toString());
                }
                stream.send("change", data, id);
            }
        }
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
        String data = Json.MAPPER.createObjectNode().put("serverTime", clock.instant().toString()).toString();
        for (Stream stream : streams) {
            try {
                stream.send("heartbeat", data, null);
            } catch (RuntimeException e) {
                streams.remove(stream);
            }
            if (stream.client.terminated()) {
                streams.remove(stream);
            }
        }
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
        heartbeat.shutdown();
        streams.forEach(s -> s.client.close());
    }
}

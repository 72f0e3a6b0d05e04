package org.seatdesk.sync;

import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.seatdesk.sync.HubWire.Change;

/// A server-sent event stream from `/api/v1/events` (text/event-stream): `event: change` carries
/// one change of the feed, `event: heartbeat` says the hub is there, `event: catchup` says the
/// replay on connect was cut at one page. Closing it cancels the HTTP
/// exchange; no thread is interrupted.
public final class EventStream implements Flow.Subscriber<String>, AutoCloseable {

    /// Called on the HTTP client's threads: hand on, never block, never touch the database.
    public interface Listener {
        void change(Change change);

        void heartbeat();

        /// The hub's replay stopped short of the present: pull pages from the cursor.
        void catchup();

        /// The stream is over: closed by us, by the hub, or failed (`error` says which).
        void ended(RuntimeException error);
    }

    private final Listener listener;
    private final ObjectMapper json;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Flow.Subscription subscription;
    private volatile Runnable cancel = () -> { };
    private String event = "message";
    private final StringBuilder data = new StringBuilder();

    EventStream(Listener listener, ObjectMapper json) {
        this.listener = listener;
        this.json = json;
    }

    void onCancel(Runnable action) {
        this.cancel = action;
        if (ended.get()) {
            action.run();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        if (ended.get()) {
            return;
        }
        if (line.isEmpty()) {
            dispatch();
        } else if (line.startsWith(":")) {
            return; // a comment, sometimes sent to keep proxies open
        } else {
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> event = value;
                case "data" -> {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(value);
                }
                default -> { } // id, retry: the engine keeps its own cursor and backoff
            }
        }
    }

    private void dispatch() {
        String name = event;
        String body = data.toString();
        event = "message";
        data.setLength(0);
        switch (name) {
            case "change" -> {
                try {
                    listener.change(json.readValue(body, Change.class));
                } catch (JsonProcessingException e) {
                    ended(new HubUnreachableException("the hub sent a change that is not JSON: " + e.getOriginalMessage(), e));
                }
            }
            case "heartbeat" -> listener.heartbeat();
            case "catchup" -> listener.catchup();
            default -> { } // events of later API versions
        }
    }

    @Override
    public void onError(Throwable throwable) {
        // the response future reports it, with the status
    }

    @Override
    public void onComplete() {
        // idem
    }

    void ended(RuntimeException error) {
        if (ended.compareAndSet(false, true)) {
            cancelExchange();
            listener.ended(error);
        }
    }

    public boolean isOpen() {
        return !ended.get();
    }

    @Override
    public void close() {
        ended(new HubUnreachableException("event stream closed by the seat", null));
    }

    private void cancelExchange() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        cancel.run();
    }
}

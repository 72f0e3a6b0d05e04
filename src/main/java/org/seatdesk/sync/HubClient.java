package org.seatdesk.sync;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.seatdesk.sync.HubWire.ChangePage;
import org.seatdesk.sync.HubWire.ErrorBody;
import org.seatdesk.sync.HubWire.LoginAnswer;
import org.seatdesk.sync.HubWire.LoginRequest;
import org.seatdesk.sync.HubWire.PushAnswer;
import org.seatdesk.sync.HubWire.PushOp;
import org.seatdesk.sync.HubWire.PushRequest;

/// The seat's side of the hub API v1 (docs/hub-api.md) over `java.net.http`. Holds the token of
/// its last login and logs in again, once, when a call answers 401 (tokens expire after 12 hours).
/// Never touches the database: callers hand what it returns to the database executor.
public final class HubClient {

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final ObjectMapper json = Payloads.mapper();
    private volatile HubCredentials credentials;
    private volatile String token;
    private volatile java.util.function.Consumer<java.util.UUID> centreGuard = centre -> { };

    /// @param base the hub's address, e.g. `http://127.0.0.1:8700/`
    /// @param timeout how long one request may take before the hub counts as unreachable
    public HubClient(HttpClient http, URI base, Duration timeout) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.timeout = timeout;
    }

    public URI base() {
        return base;
    }

    public boolean loggedIn() {
        return token != null;
    }

    /// Logs in and keeps the credentials for the one re-login a 401 allows.
    public LoginAnswer login(HubCredentials who) {
        LoginAnswer answer = send(post("api/v1/login", new LoginRequest(who.staffNo(), who.password(), who.seatCode()))
                .build(), LoginAnswer.class);
        centreGuard.accept(answer.centreId()); // throws before the token can be used (ADR 0037)
        this.credentials = who;
        this.token = answer.token();
        return answer;
    }

    /// Every login's answer, the re-logins after a 401 included, goes to `guard` before its token
    /// is kept: a guard that throws (an {@link OtherCentreException}) leaves this client logged out.
    public void guardCentre(java.util.function.Consumer<java.util.UUID> guard) {
        this.centreGuard = guard;
    }

    /// `GET /health`: the hub's version and centre, without a login.
    public HubWire.Health health() {
        return send(HttpRequest.newBuilder(base.resolve("health")).timeout(timeout).GET().build(), HubWire.Health.class);
    }

    /// Sends at most 500 operations; the answer has one result per operation, in order.
    public PushAnswer push(List<OutboxOperation> ops) {
        PushRequest body = new PushRequest(ops.stream().map(PushOp::of).toList());
        return authorised(() -> post("api/v1/push", body), PushAnswer.class);
    }

    /// Staff, desks, settings and this seat's ticket counters (issue 4).
    public Directory directory() {
        return authorised(() -> HttpRequest.newBuilder(base.resolve("api/v1/directory")).timeout(timeout).GET(),
                Directory.class);
    }

    public ChangePage changes(long after, int limit) {
        return authorised(() -> HttpRequest.newBuilder(base.resolve("api/v1/changes?after=" + after + "&limit=" + limit))
                .timeout(timeout).GET(), ChangePage.class);
    }

    /// Opens the server-sent event stream after `after`. Lines arrive on the HTTP client's own
    /// threads and go straight to `listener`, which must only hand them on (never do database
    /// work there). The stream has no request timeout: the caller watches the heartbeats.
    public EventStream events(long after, EventStream.Listener listener) {
        String current = token;
        if (current == null) {
            throw new IllegalStateException("log in before opening the event stream");
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/v1/events?after=" + after))
                .header("Authorization", "Bearer " + current)
                .header("Accept", "text/event-stream")
                .GET().build();
        EventStream stream = new EventStream(listener, json);
        AtomicReference<String> errorBody = new AtomicReference<>();
        CompletableFuture<HttpResponse<Void>> response = http.sendAsync(request, info -> info.statusCode() == 200
                ? BodySubscribers.fromLineSubscriber(stream, s -> null, StandardCharsets.UTF_8, null)
                : BodySubscribers.mapping(BodySubscribers.ofString(StandardCharsets.UTF_8), body -> {
                    errorBody.set(body);
                    return null;
                }));
        response.whenComplete((r, error) -> {
            if (error != null) {
                stream.ended(unwrap(error));
            } else if (r.statusCode() != 200) {
                if (r.statusCode() == 401) {
                    token = null; // the next call logs in again
                }
                stream.ended(error(r.statusCode(), errorBody.get(), r.headers().firstValue("Retry-After").orElse(null)));
            } else {
                stream.ended(new HubUnreachableException("the hub closed the event stream", null));
            }
        });
        stream.onCancel(() -> response.cancel(true));
        return stream;
    }

    private interface RequestFactory {
        HttpRequest.Builder build();
    }

    /// Sends with the current token; on 401 logs in again once and repeats.
    private <T> T authorised(RequestFactory request, Class<T> type) {
        if (token == null) {
            relogin();
        }
        try {
            return send(request.build().header("Authorization", "Bearer " + token).build(), type);
        } catch (HubException e) {
            if (e.status() != 401 || credentials == null) {
                throw e;
            }
            relogin();
            return send(request.build().header("Authorization", "Bearer " + token).build(), type);
        }
    }

    private void relogin() {
        HubCredentials who = credentials;
        if (who == null) {
            throw new IllegalStateException("log in to the hub first");
        }
        token = null;
        login(who);
    }

    private HttpRequest.Builder post(String path, Object body) {
        try {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    private <T> T send(HttpRequest request, Class<T> type) {
        HttpResponse<String> response;
        // The request timeout ends at the response headers; a hub that stalls in the body would
        // hold this thread forever, so the whole exchange gets a deadline and is cancelled after it.
        CompletableFuture<HttpResponse<String>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            response = exchange.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new HubUnreachableException("no answer from " + request.uri() + ": " + cause, cause);
        } catch (TimeoutException e) {
            exchange.cancel(true); // aborts the HTTP exchange; no thread of ours is interrupted
            throw new HubUnreachableException("no complete answer from " + request.uri() + " within " + timeout, e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new HubUnreachableException("interrupted while waiting for " + request.uri(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw error(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null));
        }
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new HubUnreachableException("the answer from " + request.uri() + " is not a " + type.getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    private HubException error(int status, String body, String retryAfter) {
        ErrorBody parsed = null;
        try {
            parsed = body == null || body.isBlank() ? null : json.readValue(body, ErrorBody.class);
        } catch (JsonProcessingException notTheApisError) {
            // a proxy's HTML page, say: keep the status
        }
        String code = parsed != null && parsed.error() != null ? parsed.error() : "http_" + status;
        String message = parsed != null ? parsed.message() : null;
        Duration wait = null;
        if (retryAfter != null) {
            try {
                wait = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
            } catch (NumberFormatException httpDate) {
                wait = null;
            }
        }
        return new HubException(status, code, message, wait);
    }

    private static RuntimeException unwrap(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return cause instanceof RuntimeException re && !(cause instanceof java.util.concurrent.CancellationException)
                ? re : new HubUnreachableException("event stream: " + cause, cause);
    }
}

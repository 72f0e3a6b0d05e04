package org.seatdesk.hub;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The routes of docs/hub-api.md in one function, so tests and the server share them.
final class HubRoutes {

    static final int MAX_BODY = 2 * 1024 * 1024;
    private static final String CALLER = "seatdesk.caller";
    private static final String EVENTS_AFTER = "seatdesk.events.after";
    private static final Logger LOG = LoggerFactory.getLogger(HubRoutes.class);

    private final Sessions sessions;
    private final HubStore store;
    private final PushService push;
    private final Feed feed;
    private final EventStreams events;
    private final Clock clock;
    private final String databaseKind;
    private final String version;
    /// Which centre this hub serves (ADR 0037): in the login answer and on /health, so that a seat
    /// holding another centre's data refuses to sync.
    private final java.util.UUID centreId;

    HubRoutes(Sessions sessions, HubStore store, PushService push, Feed feed, EventStreams events, Clock clock, String databaseKind,
              String version, java.util.UUID centreId) {
        this.sessions = sessions;
        this.store = store;
        this.push = push;
        this.feed = feed;
        this.events = events;
        this.clock = clock;
        this.databaseKind = databaseKind;
        this.version = version;
        this.centreId = centreId;
    }

    void register(JavalinConfig cfg) {
        cfg.http.maxRequestSize = MAX_BODY;
        cfg.routes.before("/api/v1/*", ctx -> {
            if (!ctx.path().equals("/api/v1/login")) {
                ctx.attribute(CALLER, sessions.authenticate(ctx.header("Authorization")));
            }
        });
        cfg.routes.get("/health", ctx -> json(ctx, Json.MAPPER.createObjectNode().put("status", "ok")
                .put("version", version).put("database", databaseKind).put("serverTime", clock.instant().toString())
                .put("centreId", centreId.toString())));
        cfg.routes.post("/api/v1/login", this::login);
        cfg.routes.post("/api/v1/push", this::push);
        cfg.routes.get("/api/v1/changes", this::changes);
        cfg.routes.get("/api/v1/directory", this::directory);
        // The cursor is checked before the stream starts: inside the SSE handler a refusal would
        // come out as an empty 200 (the response is already an event stream), not as a 400.
        cfg.routes.before("/api/v1/events", ctx -> ctx.attribute(EVENTS_AFTER, eventsCursor(ctx)));
        cfg.routes.sse("/api/v1/events", client -> {
            Context ctx = client.ctx();
            Caller caller = ctx.attribute(CALLER);
            Long cursor = ctx.attribute(EVENTS_AFTER);
            events.open(client, caller, cursor);
        });
        cfg.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, new ApiError(500, "internal", "the hub could not complete the request"));
        });
        cfg.routes.error(404, ctx -> error(ctx, new ApiError(404, "not_found", "no such endpoint")));
    }

    private void login(Context ctx) {
        JsonNode body = body(ctx);
        String staffNo = text(body, "staffNo", 16);
        String password = text(body, "password", 256);
        JsonNode seatNode = body.get("seatCode");
        String seatCode = null;
        if (seatNode != null && !seatNode.isNull()) {
            if (!seatNode.isTextual() || !seatNode.asText().matches("[A-Za-z0-9-]{1,8}")) {
                throw ApiError.invalid("seatCode must be 1 to 8 letters, digits or '-'");
            }
            seatCode = seatNode.asText();
        }
        Sessions.Granted granted = sessions.login(staffNo, password, seatCode, ctx.req().getRemoteAddr());
        json(ctx, Json.MAPPER.createObjectNode()
                .put("token", granted.token())
                .put("expiresAt", granted.expiresAt().toString())
                .put("staffId", granted.staff().id().toString())
                .put("staffNo", granted.staff().staffNo())
                .put("name", granted.staff().name())
                .put("role", granted.staff().role().name())
                .put("region", granted.staff().region())
                .put("deskId", granted.staff().deskId())
                .put("seatCode", granted.seatCode())
                .put("serverTime", clock.instant().toString())
                .put("centreId", centreId.toString()));
    }

    private void push(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        List<Operation> ops = Operation.parseBatch(body(ctx));
        List<ObjectNode> results = push.push(caller, ops);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.putArray("results").addAll(results);
        json(ctx, out);
    }

    /// What a seat needs before anyone can log in at it (issue 4): staff, desks, settings and its
    /// ticket counters; and the roster of its region (issue 5, ADR 0024). No password hashes; not
    /// for the wall, which has no one to log in and shows the roll call from its marks (ADR 0017).
    private void directory(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller.isWall()) {
            throw new ApiError(403, "forbidden", "the wall role has no use for the staff directory");
        }
        // Counters only from tickets the caller may see: a desk that claims another region's seat
        // code must not learn how many tickets that seat made (principle 7; RoleMatrixTest).
        var directory = store.directory(caller.seatCode(), caller.hq() ? null : caller.region(), clock.instant());
        json(ctx, Json.MAPPER.valueToTree(directory));
    }

    private void changes(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (!HubPolicy.mayReadFeed(caller.role())) {
            throw new ApiError(403, "forbidden", "this role may not read the change feed");
        }
        long after = ctx.queryParam("after") == null ? 0 : cursor(ctx.queryParam("after"));
        int limit = Feed.DEFAULT_LIMIT;
        String limitText = ctx.queryParam("limit");
        if (limitText != null) {
            long requested;
            try {
                requested = Long.parseLong(limitText);
            } catch (NumberFormatException e) {
                throw ApiError.invalid("limit must be a whole number");
            }
            if (requested < 1 || requested > Feed.MAX_LIMIT) {
                throw new ApiError(400, "page_too_large",
                        "limit must be between 1 and " + Feed.MAX_LIMIT + ", was " + requested);
            }
            limit = (int) requested;
        }
        Feed.Page page = feed.page(caller, after, limit);
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode list = out.putArray("changes");
        page.changes().forEach(c -> list.add(Feed.element(caller, c)));
        out.put("last", page.last()).put("hasMore", page.hasMore()).put("serverTime", clock.instant().toString());
        json(ctx, out);
    }

    /// `after` or `Last-Event-ID`, or null for "from now on".
    private static Long eventsCursor(Context ctx) {
        String after = ctx.queryParam("after");
        if (after == null) {
            after = ctx.header("Last-Event-ID");
        }
        return after == null ? null : cursor(after);
    }

    private static long cursor(String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0) {
                throw ApiError.invalid("after must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiError.invalid("after must be a sequence number");
        }
    }

    /// The request body as JSON, read at most to {@link #MAX_BODY}: larger is 413, never an OOM.
    private static JsonNode body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY) {
            throw new ApiError(413, "body_too_large", "request bodies are at most 2 MiB");
        }
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw ApiError.invalid("the request body could not be read");
        }
        if (bytes.length > MAX_BODY) {
            throw new ApiError(413, "body_too_large", "request bodies are at most 2 MiB");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode() || !node.isObject()) {
                throw new ApiError(400, "malformed_json", "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            // Not e.getMessage(): it quotes the body, which may hold customer data. A body over
            // Jackson's stream limits (nesting deeper than 1000) has no location: still a 400.
            JsonLocation at = e.getLocation();
            throw new ApiError(400, "malformed_json", at == null
                    ? "the body is not valid JSON or exceeds the parser's limits (nesting depth 1000)"
                    : "the body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        } catch (IOException e) {
            throw new ApiError(400, "malformed_json", "the body is not valid JSON");
        }
    }

    private static String text(JsonNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty() || value.asText().length() > maxLength) {
            throw ApiError.invalid(field + " must be a non-empty string of at most " + maxLength + " characters");
        }
        return value.asText();
    }

    private static void json(Context ctx, ObjectNode body) {
        ctx.contentType("application/json; charset=utf-8").result(body.toString());
    }

    private static void error(Context ctx, ApiError e) {
        ctx.status(e.status);
        if (e.retryAfter != null) {
            ctx.header("Retry-After", Long.toString(Math.max(1, (e.retryAfter.toMillis() + 999) / 1000)));
        }
        json(ctx, Json.MAPPER.createObjectNode().put("error", e.code).put("message", e.getMessage()));
    }
}

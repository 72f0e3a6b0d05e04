package org.seatdesk.sync;

import java.time.Duration;
import java.util.Optional;

/// The hub answered, and said no: a 4xx or 5xx with its machine-readable code and its sentence
/// for people (docs/hub-api.md, "Errors").
public class HubException extends RuntimeException {

    private final int status;
    private final String code;
    private final Duration retryAfter;

    public HubException(int status, String code, String message, Duration retryAfter) {
        super("hub answered " + status + " " + code + (message == null || message.isBlank() ? "" : ": " + message));
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /// The hub's error code (`bad_credentials`, `page_too_large`, …), or `http_NNN` when the body had none.
    public String code() {
        return code;
    }

    /// The `Retry-After` of a 429, when the hub sent one.
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /// Worth trying again later without a change on our side: the hub was busy, throttling or failing.
    public boolean isTransient() {
        return status >= 500 || status == 429;
    }
}

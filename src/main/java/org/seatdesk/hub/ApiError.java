package org.seatdesk.hub;

import java.time.Duration;

/// A refused request: status, machine-readable code and a sentence for people (hub-api.md,
/// "Errors"). Messages never carry customer personal data.
final class ApiError extends RuntimeException {

    final int status;
    final String code;
    final Duration retryAfter;

    ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    ApiError(int status, String code, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static ApiError invalid(String message) {
        return new ApiError(400, "invalid_request", message);
    }

    static ApiError unauthenticated() {
        return new ApiError(401, "unauthenticated", "a valid bearer token is required; log in again");
    }
}

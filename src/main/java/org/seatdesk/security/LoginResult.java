package org.seatdesk.security;

import java.time.Duration;

public sealed interface LoginResult {

    record Success(Session session) implements LoginResult {
    }

    /// Wrong staff ID or password; deliberately does not say which.
    record Refused(Duration waitBeforeNext) implements LoginResult {
    }

    /// Too many failures: the attempt was not even checked.
    record Throttled(Duration retryAfter) implements LoginResult {
    }

    record Inactive() implements LoginResult {
    }
}

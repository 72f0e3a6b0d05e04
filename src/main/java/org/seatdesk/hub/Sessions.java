package org.seatdesk.hub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.seatdesk.security.AuthService;
import org.seatdesk.security.LoginResult;
import org.seatdesk.security.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Login → bearer token; token → caller. Tokens are 256 random bits, kept only as their SHA-256,
/// valid 12 hours (hub-api.md). Failed logins are throttled per staff ID and client address with
/// growing, capped delays (LoginThrottle, shared with the console's login; ADR 0036), so that
/// whoever knows a staff ID cannot lock its owner out. A valid token's caller is remembered for a
/// few seconds (`CallerCache`).
final class Sessions {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    private final HubStore store;
    private final AuthService auth;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final CallerCache callers = new CallerCache();

    Sessions(HubStore store, AuthService auth, Clock clock) {
        this.store = store;
        this.auth = auth;
        this.clock = clock;
    }

    record Granted(String token, Instant expiresAt, Staff staff, String seatCode) {
    }

    /// @param source the client's address (the TCP peer: a header saying otherwise could be forged)
    Granted login(String staffNo, String password, String seatCode, String source) {
        LoginResult result = auth.login(staffNo, password, source);
        switch (result) {
            case LoginResult.Success success -> {
                Staff staff = success.session().staff();
                String seat = seatCode != null ? seatCode : success.session().seatCode();
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                Instant now = clock.instant();
                Instant expires = now.plus(TOKEN_LIFETIME);
                store.saveSession(hash(token), staff.id(), seat, now, expires);
                LOG.info("login: {} ({}) at seat {}", staff.staffNo(), staff.role(), seat);
                return new Granted(token, expires, staff, seat);
            }
            case LoginResult.Throttled throttled -> {
                LOG.warn("login throttled for staff no {} from {}", safe(staffNo), source);
                throw new ApiError(429, "throttled", "too many failed logins; try again later", throttled.retryAfter());
            }
            case LoginResult.Refused refused -> {
                LOG.info("login refused for staff no {} from {}", safe(staffNo), source);
                throw new ApiError(401, "bad_credentials", "unknown staff ID or wrong password");
            }
            case LoginResult.Inactive inactive -> {
                LOG.info("login refused for inactive staff no {}", safe(staffNo));
                throw new ApiError(401, "bad_credentials", "unknown staff ID or wrong password");
            }
        }
    }

    /// The caller of a bearer token, or 401.
    Caller authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.unauthenticated();
        }
        String token = authorizationHeader.substring(7).strip();
        if (token.isEmpty() || token.length() > 100) {
            throw ApiError.unauthenticated();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        Optional<Caller> caller = callers.get(hash, now);
        if (caller.isEmpty()) {
            caller = store.caller(hash, now);
            caller.ifPresent(c -> callers.put(hash, c, now));
        }
        return caller.orElseThrow(ApiError::unauthenticated);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /// Staff numbers are short codes; anything else typed into the field is not echoed into logs.
    private static String safe(String staffNo) {
        return staffNo != null && staffNo.matches("[A-Za-z0-9]{1,16}") ? staffNo : "(malformed)";
    }
}

package org.seatdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/// Login with staff ID and password (R-SEC-1: only staff may use the console).
public final class AuthService implements Authenticator {

    private final StaffRepository staff;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final String seatCode;
    private String decoyHash;

    /// @param seatCode the workstation this console runs on; null to use the person's usual seat
    public AuthService(StaffRepository staff, PasswordHasher hasher, LoginThrottle throttle, Clock clock, String seatCode) {
        this.staff = staff;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
        this.seatCode = seatCode;
    }

    @Override
    public LoginResult login(String staffNo, String password) {
        return login(staffNo, password, LoginThrottle.LOCAL);
    }

    /// @param source where the attempt comes from (the hub: the client's address), so that failures
    ///               from one place do not lock the person out at another (ADR 0036)
    public LoginResult login(String staffNo, String password, String source) {
        Duration wait = throttle.waitBeforeAttempt(staffNo, source);
        if (!wait.isZero()) {
            return new LoginResult.Throttled(wait);
        }
        Optional<StaffRepository.Credentials> found = staff.credentials(staffNo.strip().toUpperCase(java.util.Locale.ROOT));
        // An unknown staff ID costs the same Argon2 check, so timing does not reveal which IDs exist.
        String hash = found.map(StaffRepository.Credentials::passwordHash).orElseGet(this::decoyHash);
        if (!hasher.matches(password, hash) || found.isEmpty()) {
            throttle.failed(staffNo, source);
            return new LoginResult.Refused(throttle.waitBeforeAttempt(staffNo, source));
        }
        Staff person = found.get().staff();
        if (!person.active()) {
            return new LoginResult.Inactive();
        }
        throttle.succeeded(staffNo, source);
        String seat = seatCode != null ? seatCode : Optional.ofNullable(person.seatCode()).orElse(Session.NO_SEAT);
        return new LoginResult.Success(new Session(person, seat, clock.instant()));
    }

    /// Made on first need, not at start-up: Argon2 costs tens of milliseconds.
    private synchronized String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-" + System.nanoTime());
        }
        return decoyHash;
    }
}

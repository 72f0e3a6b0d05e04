package org.seatdesk.security;

/// Checks a staff ID and password: against the local staff table at a seat ({@link AuthService}),
/// or against the hub at the wall, which keeps no staff table of its own.
@FunctionalInterface
public interface Authenticator {

    LoginResult login(String staffNo, String password);
}

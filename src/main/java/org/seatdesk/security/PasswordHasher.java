package org.seatdesk.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/// Argon2id with OWASP's second recommended profile (19 MiB, 2 passes, 1 lane).
public final class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /// The same code on 1 MiB and one pass: enough calls for the JIT to compile Argon2's block
    /// functions, a twentieth of a real check's work (a cold 19 MiB check is several times a warm one).
    private static final Argon2Function WARM_UP = Argon2Function.getInstance(1024, 1, 1, 32, Argon2.ID);

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    /// Run at start-up on a spare thread, so that the first login's check runs compiled. Cheap on
    /// purpose: on two cores the warm-up competes with opening the database and the window.
    public void warmUp() {
        Password.hash("warm-up").addRandomSalt(16).with(WARM_UP).getResult();
    }

    public boolean matches(String password, String hash) {
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }
}

package org.seatdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/// Argon2id with OWASP's second recommended profile (19 MiB, 2 passes, 1 lane), stored as a PHC
/// string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`), the format password4j wrote before.
/// Each hash or check takes its 19 MiB for itself and leaves it to the collector; nothing is kept
/// between logins (password4j kept a 19 MiB template per profile for the life of the process:
/// a fifth of the console's live heap, ADR 0031).
public final class PasswordHasher {

    private static final Profile STORED = new Profile(Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_13, 19 * 1024, 2, 1);
    /// The same code on 1 MiB and one pass: enough calls for the JIT to compile Argon2's block
    /// functions, a twentieth of a real check's work (a cold 19 MiB check is several times a warm one).
    private static final Profile WARM_UP = new Profile(Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_13, 1024, 1, 1);
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new PhcHash(STORED, salt, STORED.derive(password, salt, HASH_BYTES)).encoded();
    }

    /// Run at start-up on a spare thread, so that the first login's check runs compiled. Cheap on
    /// purpose: on two cores the warm-up competes with opening the database and the window.
    public void warmUp() {
        WARM_UP.derive("warm-up", new byte[SALT_BYTES], HASH_BYTES);
    }

    /// False for a wrong password and for a hash that is not a usable Argon2 PHC string.
    public boolean matches(String password, String hash) {
        Optional<PhcHash> stored = PhcHash.parse(hash);
        return stored.isPresent() && MessageDigest.isEqual(stored.get().hash(),
                stored.get().profile().derive(password, stored.get().salt(), stored.get().hash().length));
    }

    /// Argon2's settings: type and version (BC's constants), memory in KiB, passes, lanes.
    record Profile(int type, int version, int memoryKib, int passes, int lanes) {

        byte[] derive(String password, byte[] salt, int length) {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(type).withVersion(version)
                    .withMemoryAsKB(memoryKib).withIterations(passes).withParallelism(lanes).withSalt(salt).build());
            byte[] out = new byte[length];
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
            return out;
        }
    }
}

package org.seatdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Security baseline (design.md): passwords hashed with Argon2id, never stored as typed.
class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashIsArgon2idWithTheOwaspProfileAndDoesNotContainThePassword() {
        String hash = hasher.hash("correct horse");
        assertThat(hash).startsWith("$argon2id$").contains("m=19456,t=2,p=1").doesNotContain("correct horse");
    }

    @Test
    void rightPasswordMatchesAndWrongOneDoesNot() {
        String hash = hasher.hash("correct horse");
        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("correct horsf", hash)).isFalse();
        assertThat(hasher.matches("Correct horse", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void samePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        String first = hasher.hash("密码123");
        String second = hasher.hash("密码123");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("密码123", first)).isTrue();
        assertThat(hasher.matches("密码123", second)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain-text-password", "$argon2id$", "$argon2id$v=19$m=19456,t=2,p=1$bad$bad",
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"})
    void malformedStoredHashMatchesNothingInsteadOfThrowing(String storedHash) {
        assertThat(hasher.matches("anything", storedHash)).isFalse();
    }

    /// Hashes stored before ADR 0031 were written by password4j: they must keep verifying, and
    /// ours must verify there (the same PHC string, byte for byte the same Argon2id).
    @ParameterizedTest
    @ValueSource(strings = {"demo", "correct horse", "密码123", "contraseña segura"})
    void hashesOfPassword4jAndOursVerifyEachOther(String password) {
        String theirs = Password.hash(password).addRandomSalt(16)
                .with(Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID)).getResult();
        assertThat(hasher.matches(password, theirs)).as(theirs).isTrue();
        assertThat(hasher.matches(password + "x", theirs)).isFalse();

        String ours = hasher.hash(password);
        assertThat(Password.check(password, ours).with(Argon2Function.getInstanceFromHash(ours))).as(ours).isTrue();
    }

    /// RFC 9106's Argon2id vector needs a secret and associated data, which a password hash has
    /// not; these are the reference implementation's own (phc-winner-argon2, `src/test.c`:
    /// "password", "somesalt", v=0x13), the raw tag at 256 KiB and the PHC string at 64 MiB.
    @Test
    void theReferenceImplementationsVectorsAreReproduced() {
        PasswordHasher.Profile profile = new PasswordHasher.Profile(Argon2Parameters.ARGON2_id,
                Argon2Parameters.ARGON2_VERSION_13, 256, 2, 1);
        byte[] out = profile.derive("password", "somesalt".getBytes(StandardCharsets.US_ASCII), 32);
        assertThat(HexFormat.of().formatHex(out))
                .isEqualTo("9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe");

        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertThat(hasher.matches("password", reference)).isTrue();
        assertThat(hasher.matches("passwore", reference)).isFalse();
        assertThat(PhcHash.parse(reference).orElseThrow().encoded()).isEqualTo(reference);
    }

    /// A check's memory is not kept once it is done: password4j kept a template of the full
    /// size for each cost profile it met, for the life of the process (ADR 0031). A 32 MiB
    /// profile, met for the first time here, would leave 32 MiB behind.
    @Test
    void aCheckKeepsNoMemoryOnceItIsDone() {
        PasswordHasher.Profile large = new PasswordHasher.Profile(Argon2Parameters.ARGON2_id,
                Argon2Parameters.ARGON2_VERSION_13, 32 * 1024, 1, 1);
        byte[] salt = "sixteen byte salt".getBytes(StandardCharsets.US_ASCII);
        String stored = new PhcHash(large, salt, large.derive("demo", salt, 32)).encoded();
        long before = usedAfterCollection();

        assertThat(hasher.matches("demo", stored)).isTrue();

        long after = usedAfterCollection();
        assertThat(after - before).as("heap kept by a check, bytes").isLessThan(4L * 1024 * 1024);
    }

    private static long usedAfterCollection() {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && probe.get() != null; i++) {
            System.gc();
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

package org.seatdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

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
}

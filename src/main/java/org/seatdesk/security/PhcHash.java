package org.seatdesk.security;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.params.Argon2Parameters;

/// An Argon2 hash in the PHC string format: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`, salt
/// and hash in Base64 without padding. Costs beyond what any profile of ours uses are refused, so
/// a forged row cannot make a login allocate gigabytes.
record PhcHash(PasswordHasher.Profile profile, byte[] salt, byte[] hash) {

    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2(id|i|d)\\$v=(16|19)\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int MAX_MEMORY_KIB = 256 * 1024;
    private static final int MAX_PASSES = 10;
    private static final int MAX_LANES = 8;

    String encoded() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2" + typeName(profile.type()) + "$v=" + profile.version() + "$m=" + profile.memoryKib()
                + ",t=" + profile.passes() + ",p=" + profile.lanes() + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(hash);
    }

    static Optional<PhcHash> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int memory = Integer.parseInt(m.group(3));
        int passes = Integer.parseInt(m.group(4));
        int lanes = Integer.parseInt(m.group(5));
        // Argon2 needs at least 8 KiB per lane; our own limits keep a check bounded.
        if (lanes < 1 || lanes > MAX_LANES || passes < 1 || passes > MAX_PASSES || memory < 8 * lanes
                || memory > MAX_MEMORY_KIB) {
            return Optional.empty();
        }
        int version = m.group(2).equals("16") ? Argon2Parameters.ARGON2_VERSION_10 : Argon2Parameters.ARGON2_VERSION_13;
        try {
            byte[] salt = Base64.getDecoder().decode(m.group(6));
            byte[] hash = Base64.getDecoder().decode(m.group(7));
            if (salt.length < 8 || hash.length < 4) {
                return Optional.empty();
            }
            return Optional.of(new PhcHash(new PasswordHasher.Profile(type(m.group(1)), version, memory, passes, lanes),
                    salt, hash));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static int type(String name) {
        return switch (name) {
            case "id" -> Argon2Parameters.ARGON2_id;
            case "i" -> Argon2Parameters.ARGON2_i;
            default -> Argon2Parameters.ARGON2_d;
        };
    }

    private static String typeName(int type) {
        return switch (type) {
            case Argon2Parameters.ARGON2_id -> "id";
            case Argon2Parameters.ARGON2_i -> "i";
            default -> "d";
        };
    }
}

package org.seatdesk.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/// Deterministic ids for demo rows. People get name-based ids, stable whatever the seed or clock;
/// tickets and events get UUIDv7 built from their own (past) time, like
/// {@link org.seatdesk.sync.TimeOrderedIds} would have given them, but from the seeded random.
final class DemoIds {

    private final Random random;

    DemoIds(Random random) {
        this.random = random;
    }

    static UUID named(String kind, String key) {
        return UUID.nameUUIDFromBytes(("seatdesk-demo/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
    }

    UUID at(Instant time) {
        long msb = (time.toEpochMilli() << 16) | 0x7000L | random.nextInt(0x1000);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}

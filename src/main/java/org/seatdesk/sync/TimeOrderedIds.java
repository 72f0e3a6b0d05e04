package org.seatdesk.sync;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/// UUIDv7 (RFC 9562): time-ordered, so rows created offline at many seats never collide and
/// sort roughly by creation (sync principle 5). Monotonic within this generator.
public final class TimeOrderedIds {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis;
    private long sequence;

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    public synchronized UUID next() {
        long millis = clock.millis();
        if (millis <= lastMillis) {
            millis = lastMillis;
            sequence = (sequence + 1) & 0xFFF;
            if (sequence == 0) {
                millis = ++lastMillis;
            }
        } else {
            sequence = random.nextInt(0x400);
        }
        lastMillis = millis;
        long msb = (millis << 16) | 0x7000L | sequence;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}

package org.seatdesk.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/// Hub time as the seat best knows it: the local clock plus the offset last measured against the
/// hub's `serverTime` (design principle 8: deadlines run on hub time). Until a hub has been
/// reached the offset is the stored one, or zero.
public final class HubClock extends Clock {

    private final Clock local;
    private volatile Duration offset;

    public HubClock(Clock local, Duration offset) {
        this.local = local;
        this.offset = offset;
    }

    /// Measures the offset from one request: the hub stamped `serverTime` somewhere between
    /// `sent` and `received`, so the midpoint is the best local estimate of that moment.
    public Duration observe(Instant serverTime, Instant sent, Instant received) {
        Instant midpoint = sent.plus(Duration.between(sent, received).dividedBy(2));
        Duration measured = Duration.between(midpoint, serverTime);
        this.offset = measured;
        return measured;
    }

    public Duration offset() {
        return offset;
    }

    void setOffset(Duration offset) {
        this.offset = offset;
    }

    @Override
    public Instant instant() {
        return local.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return local.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new HubClock(local.withZone(zone), offset);
    }
}

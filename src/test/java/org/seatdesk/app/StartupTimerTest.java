package org.seatdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/// `ready_ms` is the moment the console turned ready (ADR 0021, 0028), not the moment the command
/// got round to reading the clock: on two busy cores that came up to a poll's interval later, with
/// the demo's hub already starting in between.
class StartupTimerTest {

    @Test
    void readyIsTheMomentItWasToldNotWhenItIsRead() throws InterruptedException {
        StartupTimer timer = new StartupTimer();
        timer.ready();
        Duration untilReady = timer.untilReady();

        Thread.sleep(120);

        assertThat(timer.untilReady()).isEqualTo(untilReady).isPositive();
    }

    @Test
    void theLastPhaseEndsAtReady() throws InterruptedException {
        StartupTimer timer = new StartupTimer();
        Thread.sleep(30);
        timer.mark("database");
        timer.ready();
        Thread.sleep(120);
        timer.markReady("login and queue");

        assertThat(timer.phases().get("database")).isBetween(30L, 1_000L);
        assertThat(timer.phases().get("login and queue")).isLessThan(100L);
    }
}

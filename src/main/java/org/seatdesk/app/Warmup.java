package org.seatdesk.app;

import org.seatdesk.security.PasswordHasher;
import org.slf4j.LoggerFactory;

/// Start-up work that does not need the database, done on its own thread while the main thread
/// opens H2 and the FX thread loads the theme: logging, jOOQ's classes, and a small Argon2 run
/// (cold, a check costs several times a warm one; the login would otherwise pay for it). Start-up
/// keeps both cores busy (about 6 s of processor time for 3 s on two cores, docs/performance.md),
/// so what runs here must be work the console needs anyway, not extra.
final class Warmup {

    private Warmup() {
    }

    static void startInBackground() {
        Thread.ofPlatform().name("warm-up").daemon(true).priority(Thread.NORM_PRIORITY - 1).start(() -> {
            LoggerFactory.getLogger(Warmup.class);
            org.seatdesk.store.Warmup.jooq();
            new PasswordHasher().warmUp();
        });
    }
}

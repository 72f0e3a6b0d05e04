package org.seatdesk.app;

import org.seatdesk.security.PasswordHasher;
import org.slf4j.LoggerFactory;

/// Start-up work that does not need the database, done on its own thread while the main thread
/// opens H2 and the FX thread loads the theme: logging, jOOQ's classes, and the first Argon2
/// run (cold, it costs several times a warm check; the login would otherwise pay for it).
final class Warmup {

    private Warmup() {
    }

    static void startInBackground() {
        Thread.ofPlatform().name("warm-up").daemon(true).priority(Thread.NORM_PRIORITY - 1).start(() -> {
            LoggerFactory.getLogger(Warmup.class);
            org.seatdesk.store.Warmup.jooq();
            PasswordHasher hasher = new PasswordHasher();
            hasher.matches("warm-up", hasher.hash("warm-up"));
        });
    }
}

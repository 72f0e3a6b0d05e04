package org.seatdesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Listens for the NOTIFY that hubs sharing one PostgreSQL send once per push batch
/// ({@link JooqHubStore#CHANNEL}), on a dedicated connection outside the pool, and calls back.
/// Reconnects after a failure; missed notifications cost at most the hub's 1 s fallback poll.
public final class PgNotifications implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PgNotifications.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final String url;
    private final Runnable onNotify;
    private final Thread thread;
    private volatile boolean running = true;

    private PgNotifications(String url, Runnable onNotify) {
        this.url = url;
        this.onNotify = onNotify;
        this.thread = Thread.ofPlatform().name("hub-pg-listen").daemon(true).start(this::run);
    }

    /// Null on H2: a single hub process owns an H2 file, so there is nobody to notify.
    public static PgNotifications listen(Database database, Runnable onNotify) {
        return database.postgresUrl() == null ? null : new PgNotifications(database.postgresUrl(), onNotify);
    }

    private void run() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url)) {
                // jOOQ has no LISTEN statement; the channel name is a constant of ours.
                DSL.using(connection, SQLDialect.POSTGRES).execute(DSL.query("LISTEN " + JooqHubStore.CHANNEL));
                PGConnection pg = connection.unwrap(PGConnection.class);
                onNotify.run(); // anything committed while we were not listening
                while (running) {
                    PGNotification[] received = pg.getNotifications(500);
                    if (received != null && received.length > 0) {
                        onNotify.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("PostgreSQL notifications interrupted ({}); reconnecting", e.toString());
                    try {
                        Thread.sleep(RETRY.toMillis());
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
    }
}

package org.seatdesk.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.seatdesk.demo.DemoCentre;
import org.seatdesk.hub.HubServer;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqCentreIdentity;
import org.seatdesk.store.JooqHubStore;
import org.seatdesk.store.JooqStaffRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The embedded default's hub (ADR 0010): the same {@link HubServer} as `seatdesk hub`, on
/// loopback, over its own H2 file `hub` in the demo's data directory, seeded like `hub --demo`.
///
/// It starts on a background thread after the console's window is up, so the first usable window
/// never waits for it; the console syncs with it exactly as a seat does with a remote hub, and
/// works offline until it answers.
final class InProcessHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessHub.class);
    static final String DATABASE_NAME = "hub";

    private final CompletableFuture<URI> address = new CompletableFuture<>();
    private final Path dataDir;
    private final int port;
    private final Clock clock;
    private final Supplier<DemoCentre.Data> centre;
    private final UUID centreId;
    private Thread starter;
    private Database database;
    private HubServer server;
    private boolean closed;

    /// @param port the TCP port on 127.0.0.1; 0 picks a free one
    /// @param centre the demo centre the console was seeded with (generated only if the hub's database is new)
    /// @param centreId the demo seat's centre id ({@link Demo#centreId}): this hub serves that centre (ADR 0037)
    InProcessHub(Path dataDir, int port, Clock clock, Supplier<DemoCentre.Data> centre, UUID centreId) {
        this.dataDir = dataDir;
        this.port = port;
        this.clock = clock;
        this.centre = centre;
        this.centreId = centreId;
    }

    /// Completes with `http://127.0.0.1:PORT` once the hub answers; never completes if it fails to
    /// start (the console then stays offline and says so; the log says why).
    CompletionStage<URI> address() {
        return address;
    }

    synchronized void startInBackground() {
        if (starter == null && !closed) {
            starter = Thread.ofPlatform().name("seatdesk-demo-hub").daemon(true).start(this::start);
        }
    }

    private void start() {
        long started = System.nanoTime();
        try {
            Database db = Database.openFile(dataDir, DATABASE_NAME);
            JooqHubStore store = new JooqHubStore(db);
            HubCommand.seedDemo(db, store, centre, clock);
            store.deleteExpiredSessions(clock.instant());
            // The demo's hub belongs to the demo's seat beside it, even one seeded anew (ADR 0037).
            JooqCentreIdentity identity = new JooqCentreIdentity(db);
            if (!identity.get().equals(java.util.Optional.of(centreId))) {
                identity.set(centreId, JooqCentreIdentity.Origin.HUB, clock.instant());
            }
            HubServer hub = HubServer.start(store, new JooqStaffRepository(db), HubCommand.ticketRules(db), db.kind(), false,
                    new HubServer.Listen("127.0.0.1", port, null, null, false), clock, HubCommand.version());
            synchronized (this) {
                database = db;
                server = hub;
                if (closed) {
                    return; // close() runs while we start: it releases what we opened
                }
            }
            URI uri = URI.create("http://127.0.0.1:" + hub.port());
            LOG.info("In-process demo hub at {} ready in {} ms", uri, (System.nanoTime() - started) / 1_000_000);
            address.complete(uri);
        } catch (Exception | LinkageError e) {
            LOG.error("The demo's in-process hub did not start; the console works offline", e);
        }
    }

    /// Stops the hub after the console has stopped syncing with it.
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = starter;
        }
        if (t != null) {
            try {
                t.join(java.time.Duration.ofSeconds(30)); // never interrupt: H2 breaks on interrupts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (server != null) {
                server.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }
}

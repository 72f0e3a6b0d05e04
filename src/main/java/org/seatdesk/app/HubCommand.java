package org.seatdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.seatdesk.demo.DemoArticles;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.hub.DemoFeed;
import org.seatdesk.hub.KbDemoPublisher;
import org.seatdesk.hub.HubServer;
import org.seatdesk.security.Grade;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.settings.Settings;
import org.seatdesk.store.Database;
import org.seatdesk.store.DemoDataWriter;
import org.seatdesk.store.JooqHubStore;
import org.seatdesk.store.JooqSettingRepository;
import org.seatdesk.store.JooqStaffRepository;
import org.seatdesk.store.PgNotifications;
import org.seatdesk.ticket.TicketFormats;
import org.seatdesk.ticket.TicketValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `seatdesk hub`: the central sync server of a centre (docs/admin-guide.md, "Running a hub").
@Command(name = "hub", mixinStandardHelpOptions = true, subcommands = ImportRosterCommand.class,
        description = "Run the sync hub that the consoles of a centre talk to (docs/hub-api.md).")
final class HubCommand implements Callable<Integer> {

    static final int EXIT_BAD_CONFIGURATION = 2;
    /// The demo hub's wall display login (password "demo"); the demo centre itself has no wall account.
    static final String DEMO_WALL_STAFF = "W001";

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory: the H2 database `hub` and the logs (default: SEATDESK_DATA or the per-user data folder)")
    Path data;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8470", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "PostgreSQL instead of the embedded H2: jdbc:postgresql://HOST:PORT/DB?user=U&password=P (or SEATDESK_HUB_DB)")
    String db;

    @Option(names = "--demo", description = "Seed the demo centre into an empty database (kept on later starts)")
    boolean demo;

    @Option(names = "--tls-cert", paramLabel = "FILE", description = "Certificate chain (PEM) for HTTPS")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "Private key (PEM, unencrypted PKCS#8) for HTTPS")
    Path tlsKey;

    @Option(names = "--allow-plain-http", description = "Serve plain HTTP on a non-loopback address (trusted networks only)")
    boolean allowPlainHttp;

    @Override
    public Integer call() throws Exception {
        Path dataDir = DataDirectory.resolve(data);
        // Before any class with a logger loads (HubServer's does): the first logger fixes the file.
        System.setProperty("seatdesk.logdir", dataDir.resolve("logs").toString());
        HubServer.Listen listen = new HubServer.Listen(bind, port, tlsCert, tlsKey, allowPlainHttp);
        String refused = HubServer.refusal(listen);
        if (refused != null) {
            System.err.println("seatdesk hub: " + refused);
            return EXIT_BAD_CONFIGURATION;
        }
        String url = db != null ? db : System.getenv("SEATDESK_HUB_DB");
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            System.err.println("seatdesk hub: --db takes a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DB?user=U&password=P)");
            return EXIT_BAD_CONFIGURATION;
        }
        Files.createDirectories(dataDir);
        InstanceLock lock = null;
        if (url == null) {
            try {
                lock = InstanceLock.acquire(dataDir); // one process per H2 file
            } catch (InstanceLock.AlreadyRunningException e) {
                System.err.println("seatdesk hub: another SeatDesk process uses " + dataDir + "; give another --data");
                return Launch.EXIT_ALREADY_RUNNING;
            }
        }
        Clock clock = Clock.systemUTC();
        Database database = url == null ? Database.openFile(dataDir, "hub") : Database.openUrl(url);
        JooqHubStore store = new JooqHubStore(database);
        if (demo) {
            ZoneId zone = ZoneId.of(new Settings(new JooqSettingRepository(database)).get("centre.zone"));
            seedDemo(database, store, () -> new DemoCentre(DemoCentre.DEFAULT_SEED, clock, zone).generate(new PasswordHasher()), clock);
        }
        store.deleteExpiredSessions(clock.instant());
        HubServer server = HubServer.start(store, new JooqStaffRepository(database), ticketRules(database), database.kind(),
                database.isPostgres(), listen, clock, version());
        PgNotifications notifications = PgNotifications.listen(database, server::sequenceMoved);
        CountDownLatch stopped = new CountDownLatch(1);
        InstanceLock heldLock = lock;
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            if (notifications != null) {
                notifications.close();
            }
            server.close();
            database.close();
            try {
                if (heldLock != null) {
                    heldLock.close();
                }
            } catch (Exception ignored) {
                // exiting anyway
            }
            stopped.countDown();
        }));
        System.out.println("SeatDesk hub listening on " + (server.tls() ? "https" : "http") + "://" + bind + ":"
                + server.port() + " (" + database.kind() + ")");
        System.out.flush();
        stopped.await();
        return 0;
    }

    /// R-TK-3 with the formats in the hub's settings: the hub judges edited values as the form does.
    static TicketValidator ticketRules(Database database) {
        return new TicketValidator(TicketFormats.from(new Settings(new JooqSettingRepository(database))));
    }

    /// As the embedded default does (Demo.seed), plus a wall display login for the demo room.
    /// The demo's in-process hub passes the very centre its console was seeded with.
    static void seedDemo(Database database, JooqHubStore store, java.util.function.Supplier<DemoCentre.Data> centre,
                         Clock clock) {
        PasswordHasher hasher = new PasswordHasher();
        new DemoDataWriter(database).seedIfEmpty(centre);
        Demo.seedShiftLog(database, centre, Clock.systemUTC(), ZoneId.of(new Settings(new JooqSettingRepository(database)).get("centre.zone")));
        UUID wallId = UUID.nameUUIDFromBytes(("staff:" + DEMO_WALL_STAFF).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Staff wall = new Staff(wallId, DEMO_WALL_STAFF, "Wall display", Role.WALL, Grade.JUNIOR, "WALL", "HQ", "CN", null, true);
        store.addStaffIfMissing(wall, hasher.hash(DemoCentre.DEMO_PASSWORD));
        List<org.seatdesk.kb.Article> articles = DemoArticles.load(clock.instant());
        new KbDemoPublisher(store, clock).publishIfEmpty(articles, Demo.editorialHistory(database, articles, clock.instant()));
        new DemoFeed(store, clock).publishOnce();
    }

    static String version() {
        String version = HubCommand.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version.replace("-SNAPSHOT", "");
    }
}

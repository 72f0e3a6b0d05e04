package org.seatdesk.hub;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;

import io.javalin.Javalin;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.seatdesk.security.AuthService;
import org.seatdesk.security.LoginThrottle;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.security.StaffRepository;
import org.seatdesk.ticket.TicketValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The sync hub (design.md, "Hub"): the API of docs/hub-api.md on Javalin/Jetty, over HTTPS
/// when given a certificate, plain HTTP only on loopback unless the administrator allows it.
public final class HubServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);
    /// Connections the kernel queues until Jetty accepts them. The JDK's default backlog is 50:
    /// 1,000 consoles opening their event streams at once (a hub restart, the load test's start)
    /// overflowed it, the dropped connection attempts were retried by the clients' TCP a second
    /// later and some gave up (ADR 0027). The kernel caps it at `net.core.somaxconn`.
    static final int ACCEPT_QUEUE = 1024;

    /// Where and how to listen. `tlsCertificate` and `tlsKey` are PEM files, both or neither.
    public record Listen(String bind, int port, Path tlsCertificate, Path tlsKey, boolean allowPlainHttp) {

        public boolean tls() {
            return tlsCertificate != null;
        }
    }

    private final Javalin app;
    private final EventStreams events;
    private final boolean tls;

    private HubServer(Javalin app, EventStreams events, boolean tls) {
        this.app = app;
        this.events = events;
        this.tls = tls;
    }

    /// Why a listen configuration is refused, or null when it is fine.
    public static String refusal(Listen listen) {
        if ((listen.tlsCertificate() == null) != (listen.tlsKey() == null)) {
            return "--tls-cert and --tls-key go together";
        }
        if (!listen.tls() && !listen.allowPlainHttp() && !isLoopback(listen.bind())) {
            return "plain HTTP is only served on loopback; give --tls-cert and --tls-key, or --allow-plain-http"
                    + " if the network is trusted";
        }
        return null;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /// @param validator R-TK-3 with the centre's formats: the hub judges edited values as the form does
    public static HubServer start(HubStore store, StaffRepository staff, TicketValidator validator, String databaseKind,
                                  boolean postgres, Listen listen, Clock clock, String version) throws Exception {
        String refused = refusal(listen);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        Feed feed = new Feed(store);
        EventStreams events = new EventStreams(store, feed, clock);
        PushService push = new PushService(store, new TicketValueRules(validator), clock, events::wake, !postgres);
        AuthService auth = new AuthService(staff, new PasswordHasher(), new LoginThrottle(clock), clock, null);
        Sessions sessions = new Sessions(store, auth, clock);
        java.util.UUID centre = store.centreId(); // ADR 0037
        HubRoutes routes = new HubRoutes(sessions, store, push, feed, events, clock, databaseKind, version, centre);
        KeyStore keys = listen.tls() ? PemKeyStore.load(listen.tlsCertificate(), listen.tlsKey()) : null;
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            routes.register(cfg);
            cfg.jetty.addConnector((server, http) -> connector(server, http, listen, keys));
        });
        app.start();
        LOG.info("hub listening on {}://{}:{} with {}, centre {}", keys == null ? "http" : "https", listen.bind(), app.port(),
                databaseKind, centre);
        return new HubServer(app, events, keys != null);
    }

    /// The listening socket, over TLS when given keys. Its accept queue holds `ACCEPT_QUEUE`
    /// connections instead of the JDK's 50.
    private static ServerConnector connector(Server server, HttpConfiguration http, Listen listen, KeyStore keys) {
        ServerConnector connector;
        if (keys == null) {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        } else {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStore(keys);
            ssl.setKeyStorePassword(new String(PemKeyStore.PASSWORD));
            HttpConfiguration https = new HttpConfiguration(http);
            https.addCustomizer(new SecureRequestCustomizer());
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        }
        connector.setHost(listen.bind());
        connector.setPort(listen.port());
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        return connector;
    }

    public int port() {
        return app.port();
    }

    public boolean tls() {
        return tls;
    }

    /// The sequence moved in another hub on the same database (PostgreSQL NOTIFY).
    public void sequenceMoved() {
        events.wake();
    }

    @Override
    public void close() {
        events.close();
        app.stop();
    }
}

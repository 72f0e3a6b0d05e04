package org.seatdesk.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.seatdesk.i18n.Messages;
import org.seatdesk.security.Grade;
import org.seatdesk.security.LoginResult;
import org.seatdesk.security.Role;
import org.seatdesk.security.Session;
import org.seatdesk.security.Staff;
import org.seatdesk.settings.SettingRepository;
import org.seatdesk.settings.Settings;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubException;
import org.seatdesk.sync.HubWire.LoginAnswer;
import org.seatdesk.sync.OutboxRepository;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.ticket.Deadlines;
import org.seatdesk.ticket.TicketPolicy;
import org.seatdesk.wall.WallBoard;

/// The wall display's services, wired by hand: no local database (it writes nothing and keeps
/// no customer data), a sync engine that logs in to the hub with the wall role and fills the
/// in-memory {@link WallBoard} from the redacted feed, and the link state for the honest banner.
final class WallContext implements AutoCloseable {

    static final String WALL_SEAT = "WALL";

    final Clock clock;
    final ZoneId zone;
    final WallBoard board;
    final SyncStatusService sync;
    private final CompletionStage<URI> hubAddress;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("seatdesk-wall").daemon(true).factory());
    private final ExecutorService loginWorker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("seatdesk-wall-login").daemon(true).factory());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SyncEngine engine;
    private boolean started;

    /// @param hubAddress the hub, at once for `wall --hub`, or when the demo's in-process hub is up
    WallContext(CompletionStage<URI> hubAddress, Clock clock) {
        this.hubAddress = hubAddress;
        this.clock = clock;
        // The centre's shipped settings: the wall has no database to store others in.
        Settings settings = new Settings(new SettingRepository() {
            @Override
            public Map<String, String> all() {
                return Map.of();
            }

            @Override
            public void put(String name, String value) {
                throw new UnsupportedOperationException("the wall keeps no settings");
            }
        });
        this.zone = ZoneId.of(settings.get("centre.zone"));
        this.board = new WallBoard(new Deadlines(TicketPolicy.from(settings)));
        this.sync = new SyncStatusService(OutboxRepository.none(), clock.instant());
    }

    java.util.concurrent.Executor worker() {
        return worker;
    }

    /// Where the login form's work runs: not on [#worker()], which the sync engine's login waits
    /// on (to check the hub's centre, ADR 0037); a login there waited on itself for ever.
    java.util.concurrent.Executor loginExecutor() {
        return loginWorker;
    }

    /// The wall's login (R-SEC-1): checked by the hub; only an account with the wall role is
    /// accepted, so a supervisor's password typed here never opens an unredacted feed.
    LoginResult login(String staffNo, String password, Messages messages) {
        SyncEngine sync = engine();
        HubCredentials credentials = new HubCredentials(staffNo.strip().toUpperCase(java.util.Locale.ROOT), password, WALL_SEAT);
        LoginAnswer answer;
        try {
            answer = sync.login(credentials);
        } catch (HubException e) {
            if (e.status() == 429) {
                return new LoginResult.Throttled(e.retryAfter().orElse(Duration.ofSeconds(5)));
            }
            if (e.status() == 401 || e.status() == 403) {
                return new LoginResult.Refused(Duration.ZERO);
            }
            throw e;
        } catch (org.seatdesk.sync.HubUnreachableException e) {
            throw new IllegalStateException(messages.get("wall.hubUnreachable"), e);
        }
        if (!Role.WALL.name().equals(answer.role())) {
            throw new IllegalStateException(messages.get("wall.notWallAccount"));
        }
        synchronized (this) {
            if (!started) {
                started = true;
                sync.start(credentials);
            }
        }
        Staff wall = new Staff(answer.staffId(), answer.staffNo(), answer.name(), Role.WALL, Grade.JUNIOR, "WALL",
                answer.deskId(), answer.region(), null, true);
        return new LoginResult.Success(new Session(wall, WALL_SEAT, clock.instant()));
    }

    private synchronized SyncEngine engine() {
        if (engine == null) {
            URI hub;
            try {
                hub = hubAddress.toCompletableFuture().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("The hub's address is not known yet", e);
            }
            engine = new SyncEngine(new HubClient(http, hub, Duration.ofSeconds(15)), board, worker, sync,
                    new HubClock(clock, Duration.ZERO), clock, Backoff.standard(new SplittableRandom()),
                    SyncEngine.Options.standard());
        }
        return engine;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (engine != null) {
                engine.close();
            }
        }
        worker.shutdown();
        loginWorker.shutdown();
        http.close();
    }
}

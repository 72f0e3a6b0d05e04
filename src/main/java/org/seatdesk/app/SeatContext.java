package org.seatdesk.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.seatdesk.handover.HandoverService;
import org.seatdesk.notice.NoticeService;
import org.seatdesk.kb.ArticleIndex;
import org.seatdesk.kb.KnowledgeBase;
import org.seatdesk.kb.Pinyin;
import org.seatdesk.kb.TextAnalysis;
import org.seatdesk.kb.TicketLinks;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.KbSections;
import org.seatdesk.kb.editorial.MarkdownCleaner;
import org.seatdesk.roster.RosterService;
import org.seatdesk.security.AuthService;
import org.seatdesk.security.LoginThrottle;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.settings.Settings;
import org.seatdesk.store.Database;
import org.seatdesk.store.DbExecutor;
import org.seatdesk.store.JooqArticleRepository;
import org.seatdesk.store.JooqCallRecordRepository;
import org.seatdesk.store.JooqDraftRepository;
import org.seatdesk.store.JooqHandoverRepository;
import org.seatdesk.store.JooqNoticeRepository;
import org.seatdesk.store.JooqEditorialRepository;
import org.seatdesk.store.JooqOutboxRepository;
import org.seatdesk.store.JooqRosterRepository;
import org.seatdesk.store.JooqSettingRepository;
import org.seatdesk.store.JooqStaffRepository;
import org.seatdesk.store.JooqSyncRepository;
import org.seatdesk.store.JooqTicketConflictRepository;
import org.seatdesk.store.JooqTicketRepository;
import org.seatdesk.store.JooqUsageRepository;
import org.seatdesk.sync.Backoff;
import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubClock;
import org.seatdesk.sync.HubCredentials;
import org.seatdesk.sync.HubEnrolment;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.SyncStatusService;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.CallRecordService;
import org.seatdesk.ticket.Deadlines;
import org.seatdesk.ticket.DraftRepository;
import org.seatdesk.ticket.TicketConflicts;
import org.seatdesk.ticket.TicketFormats;
import org.seatdesk.ticket.TicketPolicy;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.TicketValidator;

/// The seat's plain-Java services over its local database, wired by hand in one place
/// (constructor injection, no singletons). The UI is composed on top in {@link SeatConsole}.
public final class SeatContext implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SeatContext.class);

    final Clock clock;
    final ZoneId zone;
    final Database database;
    final DbExecutor dbExecutor = new DbExecutor();
    final Settings settings;
    final TicketService tickets;
    final CallRecordService calls;
    final DraftRepository drafts;
    final AuthService auth;
    final RosterService roster;
    /// Leave, swaps, approvals and the week roster (issue 5).
    final org.seatdesk.roster.RosterServices rosterDesk;
    final HandoverService handover;
    final NoticeService notices;
    final SyncStatusService sync;
    final TicketConflicts conflicts;
    /// What the hub did not take as this seat sent it, until someone has read it (issue 4).
    final org.seatdesk.sync.HubRefusals refusals;
    /// Hub time for deadlines (design principle 8); the local clock until a hub has been reached.
    final HubClock hubClock;
    final Deadlines deadlines;
    /// R-KB-4: search over this seat's copy of the knowledge base; its index lives in `kb-index`.
    final KnowledgeBase kb;
    /// Articles linked to tickets, as the tickets' history entries (synced; ADR 0022).
    final TicketLinks kbLinks;
    private final TextAnalysis kbAnalysis = new TextAnalysis();
    /// Searches run here, never on the JavaFX thread nor behind database work.
    final ExecutorService kbSearch = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("seatdesk-kb-search").daemon(true).factory());
    /// The KB editors' flow (R-KB-1, R-KB-2), used by the supervisor console.
    final EditorialService editorial;
    final org.seatdesk.rollcall.RollCallService rollCall;
    final org.seatdesk.dutylog.DutyLogService dutyLog;
    /// Where the hub is, once known: at once for `seat --hub`, when it is up for the demo's
    /// in-process hub (ADR 0010). Null for a console that works alone.
    private final CompletionStage<URI> hubAddress;
    private final String seatCode;
    private final Path dataDir;
    /// The hub serves another centre than the one this seat's data belongs to (ADR 0037).
    private volatile boolean otherCentre;
    private HttpClient http;
    private volatile SyncEngine syncEngine;
    private HubCredentials credentials;
    private Runnable remoteChanges = () -> { };
    private boolean syncRequested;
    private boolean closed;
    /// Counts the sessions that asked for sync: an engine started for one that signed out since
    /// (its hub address arrived late) is not started.
    private long syncSession;
    /// Completes when the engine of the last session has stopped: the next one waits for it, so
    /// two engines never push the same outbox at once.
    private CompletableFuture<Void> previousEngineStopped = CompletableFuture.completedFuture(null);

    SeatContext(Path dataDir, Clock clock, String seatCode) {
        this(dataDir, clock, seatCode, (URI) null);
    }

    /// @param hub the hub to sync with, or null for a console that works alone (the outbox fills)
    SeatContext(Path dataDir, Clock clock, String seatCode, URI hub) {
        this(dataDir, clock, seatCode, hub == null ? null : CompletableFuture.completedFuture(hub));
    }

    /// @param hub completes with the hub's address when it can be reached (the demo's hub starts
    ///            in the background); until then the console works offline, as with a hub that is down
    SeatContext(Path dataDir, Clock clock, String seatCode, CompletionStage<URI> hub) {
        this.clock = clock;
        this.database = Database.openFile(dataDir, "seat");
        this.settings = new Settings(new JooqSettingRepository(database));
        this.zone = ZoneId.of(settings.get("centre.zone"));
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        this.tickets = new TicketService(new JooqTicketRepository(database),
                new TicketValidator(TicketFormats.from(settings)), clock, zone, ids);
        this.calls = new CallRecordService(new JooqCallRecordRepository(database), clock, ids);
        this.drafts = new JooqDraftRepository(database, clock);
        this.auth = new AuthService(new JooqStaffRepository(database), new PasswordHasher(), new LoginThrottle(clock),
                clock, seatCode);
        this.roster = new RosterService(new JooqRosterRepository(database), zone);
        this.rosterDesk = org.seatdesk.roster.RosterServices.over(new org.seatdesk.store.JooqRosterRecords(database, zone),
                settings, clock, ids);
        this.handover = new HandoverService(new JooqHandoverRepository(database), clock, ids,
                Duration.ofHours(settings.getInt("handover.window.hours")));
        this.notices = new NoticeService(new JooqNoticeRepository(database), clock, ids);
        this.sync = new SyncStatusService(new JooqOutboxRepository(database), clock.instant());
        this.deadlines = new Deadlines(TicketPolicy.from(settings));
        this.conflicts = new TicketConflicts(new JooqTicketConflictRepository(database), tickets, clock);
        this.refusals = new org.seatdesk.store.JooqHubRefusalRepository(database);
        this.editorial = new EditorialService(new JooqEditorialRepository(database), clock, ids, new MarkdownCleaner(),
                KbSections.NAMES);
        this.hubClock = new HubClock(clock, Duration.ZERO);
        this.kb = new KnowledgeBase(new JooqArticleRepository(database), new JooqUsageRepository(database),
                new ArticleIndex(dataDir.resolve("kb-index"), kbAnalysis, new Pinyin()), clock);
        this.kbLinks = new TicketLinks(new JooqUsageRepository(database), clock, ids);
        // R-SH-1, R-SW-6: the roster as worked (approved swaps) and its approved leave.
        org.seatdesk.store.JooqRosterRecords rosterRecords = new org.seatdesk.store.JooqRosterRecords(database, zone);
        this.rollCall = new org.seatdesk.rollcall.RollCallService(new org.seatdesk.store.JooqRollCallRepository(database),
                new org.seatdesk.rollcall.RosterCrew(rosterRecords), rosterDesk.requests()::onApprovedLeave,
                org.seatdesk.rollcall.RollCallPolicy.from(settings), clock, zone, ids);
        this.dutyLog = new org.seatdesk.dutylog.DutyLogService(new org.seatdesk.store.JooqDutyLogRepository(database), clock, ids);
        this.hubAddress = hub;
        this.seatCode = seatCode;
        this.dataDir = dataDir;
    }

    /// A login this seat refused, put to the hub (issue 4: a fresh seat learns its staff there).
    /// Runs on the database executor; false when there is no hub or it is not reachable yet.
    boolean enrolAtHub(String staffNo, String password) {
        URI hub = hubAddress == null ? null : hubAddress.toCompletableFuture().getNow(null);
        if (hub == null || otherCentre) {
            return false; // ADR 0037: the login form says why
        }
        org.seatdesk.store.LegacyCentre.claimBesideHub(dataDir, database, clock);
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return new HubEnrolment(new HubClient(client, hub, Duration.ofSeconds(15)), new JooqSyncRepository(database),
                    new PasswordHasher()::hash).enrol(staffNo, password, seatCode);
        } catch (org.seatdesk.sync.OtherCentreException e) {
            otherCentre = true;
            LOG.error("Login refused: {}", e.getMessage());
            return false;
        }
    }

    /// At the login form, after this seat accepted the person (ADR 0037): true when the hub serves
    /// another centre than the one this seat's data belongs to, so the login is refused and nothing
    /// syncs. Asks the hub's `/health` briefly; a hub out of reach is no reason to refuse (the sync
    /// engine checks again at its own login and stops). Runs on the database executor.
    boolean belongsToAnotherCentre() {
        SyncEngine engine = syncEngine;
        if (otherCentre || engine != null && engine.stoppedForOtherCentre().isPresent()) {
            return true;
        }
        URI hub = hubAddress == null ? null : hubAddress.toCompletableFuture().getNow(null);
        if (hub == null) {
            return false;
        }
        org.seatdesk.store.LegacyCentre.claimBesideHub(dataDir, database, clock);
        java.util.Optional<java.util.UUID> mine = new org.seatdesk.store.JooqCentreIdentity(database).get();
        if (mine.isEmpty()) {
            return false; // a seat new to every hub: it takes this hub's at the first sync
        }
        java.util.UUID theirs;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            theirs = new HubClient(client, hub, Duration.ofSeconds(3)).health().centreId();
        } catch (RuntimeException outOfReach) {
            return false;
        }
        if (theirs != null && !theirs.equals(mine.get())) {
            otherCentre = true;
            LOG.error("Login refused: this seat's data belongs to centre {}, the hub at {} serves centre {}", mine.get(), hub,
                    theirs);
            return true;
        }
        return false;
    }

    /// For the login form (`LoginViewModel.refuseWhen`): the refusal of a hub of another centre,
    /// naming the hub and this data folder and what to do, or null.
    java.util.function.Supplier<String> otherCentreRefusal(org.seatdesk.i18n.Messages messages) {
        return () -> belongsToAnotherCentre()
                ? messages.get("login.otherCentre", String.valueOf(hubAddress.toCompletableFuture().getNow(null)), dataDir.toString())
                : null;
    }

    /// Operations the hub refused (kept in sync_rejected with its reason). Database executor.
    int syncRejections() {
        return new JooqSyncRepository(database).rejectedOps();
    }

    boolean hasHub() {
        return hubAddress != null;
    }

    /// After the console's own login: the engine logs in to the hub as the same person and runs,
    /// as soon as the hub's address is known.
    synchronized void startSync(String staffNo, String password, String seatCode, Runnable onRemoteChanges) {
        if (hubAddress == null) {
            return;
        }
        remoteChanges = onRemoteChanges;
        if (syncEngine != null) {
            syncEngine.onRemoteChanges(onRemoteChanges);
        }
        if (!syncRequested) {
            syncRequested = true;
            credentials = new HubCredentials(staffNo, password, seatCode);
            long session = syncSession;
            hubAddress.thenCombine(previousEngineStopped, (hub, stopped) -> hub)
                    .thenAccept(hub -> startEngine(hub, session));
        }
    }

    /// Sign-out: the engine that logged in to the hub as the person leaving stops (off the
    /// JavaFX thread: it lets a round in flight finish), and the next login starts its own, as
    /// the next person. What is in the outbox stays there.
    /// @return completes when the engine has stopped
    synchronized CompletableFuture<Void> stopSync() {
        syncSession++;
        syncRequested = false;
        credentials = null;
        remoteChanges = () -> { };
        sync.whenLinkChanges(() -> { }); // the status bar of the session that ends
        SyncEngine engine = syncEngine;
        HttpClient client = http;
        syncEngine = null;
        http = null;
        if (engine != null) {
            engine.onRemoteChanges(() -> { });
            previousEngineStopped = CompletableFuture.runAsync(() -> {
                sendWhatIsPending(engine, SIGN_OUT_PUSH_WAIT);
                engine.close();
                client.close();
            }, runnable -> Thread.ofPlatform().name("seatdesk-sync-stop").daemon(true).start(runnable));
        }
        return previousEngineStopped;
    }

    /// How long a sign-out waits for the hub to take what the person leaving has not sent yet.
    private static final Duration SIGN_OUT_PUSH_WAIT = Duration.ofSeconds(10);

    /// The hub takes a change only from the person who made it (a ticket's creator, an entry's
    /// author is the caller): the leaving person's pending changes go with their own session,
    /// while it is online. Offline, they wait in the outbox (the next session sends them).
    private void sendWhatIsPending(SyncEngine engine, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        try {
            while (System.nanoTime() < deadline && sync.isOnline()
                    && CompletableFuture.supplyAsync(() -> sync.state().pendingChanges(), dbExecutor).join() > 0) {
                engine.nudge();
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Could not tell whether the leaving session's changes reached the hub", e);
        }
    }

    /// True while an engine runs for a session (tests).
    synchronized boolean isSyncRunning() {
        return syncEngine != null;
    }

    private synchronized void startEngine(URI hub, long session) {
        if (closed || session != syncSession) {
            return;
        }
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        SyncEngine engine = new SyncEngine(new HubClient(http, hub, Duration.ofSeconds(15)),
                new JooqSyncRepository(database, kb), dbExecutor, sync, hubClock, clock,
                Backoff.standard(new SplittableRandom()), SyncEngine.Options.standard());
        engine.onRemoteChanges(remoteChanges);
        engine.start(credentials);
        syncEngine = engine;
    }

    /// A local change was saved: push it now rather than at the next tick.
    void nudgeSync() {
        SyncEngine engine = syncEngine;
        if (engine != null) {
            engine.nudge();
        }
    }

    /// Finishes queued database work (a save in flight commits), then closes the database.
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        previousEngineStopped.join(); // a signed-out session's engine finishes first
        SyncEngine engine = syncEngine;
        if (engine != null) {
            engine.close(); // never interrupts: the database thread finishes what it has
            http.close();
        }
        kbSearch.shutdown();
        kb.close(); // after sync: an index update in flight finishes first
        kbAnalysis.close();
        dbExecutor.close();
        database.close();
    }
}

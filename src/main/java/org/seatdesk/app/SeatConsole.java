package org.seatdesk.app;

import java.util.Locale;

import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.seatdesk.roster.ui.MyRosterPage;
import org.seatdesk.roster.ui.RosterPages;
import org.seatdesk.security.Session;
import org.seatdesk.security.ui.LoginView;
import org.seatdesk.security.ui.LoginViewModel;
import org.seatdesk.settings.ui.SettingsDialog;
import org.seatdesk.ticket.DraftAutosave;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.ui.CallRecordDialog;
import org.seatdesk.ticket.ui.CallRecordViewModel;
import org.seatdesk.ticket.ui.ScriptsPanel;
import org.seatdesk.ticket.ui.ConflictInboxViewModel;
import org.seatdesk.ticket.ui.HubRefusalsViewModel;
import org.seatdesk.ticket.ui.TicketDetailView;
import org.seatdesk.ticket.ui.TicketDetailViewModel;
import org.seatdesk.ticket.ui.TicketEditViewModel;
import org.seatdesk.ticket.ui.TicketFormView;
import org.seatdesk.ticket.ui.TicketFormViewModel;
import org.seatdesk.ticket.ui.TicketQueueView;
import org.seatdesk.ticket.ui.TicketQueueViewModel;
import org.seatdesk.ticket.ui.TicketsPage;
import org.seatdesk.ui.SeatConsoleView;
import org.seatdesk.ui.StatusBarViewModel;

/// Composes the seat console's screens from the services of a {@link SeatContext}: the login,
/// then the console for the session. Runs on the JavaFX thread.
public final class SeatConsole extends ConsoleWindow {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SeatConsole.class);

    private final Face face;
    private Session session;
    private TicketFormViewModel form;
    private TicketsPage ticketsPage;
    private TicketQueueViewModel queue;
    private TicketDetailViewModel detail;
    private TicketEditViewModel editor;
    private StatusBarViewModel status;
    private HubInbox inbox;
    private Runnable openConflicts;
    private MyRosterPage rosterPage;
    private SeatConsoleView view;
    private ShiftLogPages shiftLog;
    private KnowledgeBaseParts kb;

    public SeatConsole(SeatContext context, Stage stage, Locale locale, String loginHint, double width, double height,
                       Face face) {
        super(context, stage, locale, loginHint, width, height);
        this.face = face;
    }

    /// A console in a new window as large as the screen, up to 1920×1080; `onClosed` runs when
    /// the window closes. Call {@link #showLogin()}, then {@link #show()}.
    static SeatConsole onScreen(SeatContext context, Locale locale, String loginHint, Face face, Runnable onClosed) {
        Stage stage = new Stage();
        javafx.geometry.Dimension2D size = Console.windowSize();
        SeatConsole console = new SeatConsole(context, stage, locale, loginHint, size.getWidth(), size.getHeight(), face);
        stage.setOnHidden(e -> onClosed.run());
        return console;
    }

    public TicketFormViewModel form() {
        return form;
    }

    /// What the status bar's conflict count opens (snapshots and tests open it directly).
    public void openConflictInbox() {
        if (openConflicts != null) {
            openConflicts.run();
        }
    }

    /// The hub's refusals in the inbox (tests look at them).
    public HubRefusalsViewModel hubRefusals() {
        return inbox.refusals;
    }

    public ConflictInboxViewModel conflictInbox() {
        return inbox.conflicts;
    }

    public TicketEditViewModel ticketEditor() {
        return editor;
    }

    public TicketsPage ticketsPage() {
        return ticketsPage;
    }

    /// The handover and notices pages of the session (tests and snapshots drive them).
    ShiftLogPages shiftLog() {
        return shiftLog;
    }

    /// The knowledge base of the session, built on first use (the page, F6): on the JavaFX thread.
    KnowledgeBaseParts knowledgeBase() {
        if (kb == null && session != null) {
            kb = new KnowledgeBaseParts(context, session, form, messages, background);
        }
        return kb;
    }

    /// Ready means the logged-in console shows its queue: the rows are in the table and laid out
    /// (the layout pulse after they arrived), not merely loaded. Then the work that was kept off
    /// the path to it starts: the knowledge-base index (opened, and built on a first start).
    private void readyAfterLayout() {
        if (ready.get()) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            // removed after the pulse: the scene is iterating its listeners now
            javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            if (!ready.get()) {
                ready.set(true);
                context.kb.start();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    @Override
    public void showLogin() {
        stopTicker();
        stage.setTitle(messages.get("app.name"));
        login = new LoginViewModel(context.auth, messages, background, this::showMain);
        login.whenRefusedHere(context::enrolAtHub);
        login.refuseWhen(context.otherCentreRefusal(messages));
        login.whenAccepted((accepted, password) -> context.startSync(accepted.staff().staffNo(), password,
                accepted.seatCode(), () -> javafx.application.Platform.runLater(this::remoteChanges)));
        LoginView view = new LoginView(login, messages, loginHint);
        setRoot(view.root());
        view.focus();
    }

    /// Shows a page of the logged-in console (snapshots, tests).
    public void show(SeatConsoleView.Page page) {
        view.show(page);
    }

    /// What the frame shows in its middle now (tests).
    javafx.scene.Node currentPageNode() {
        return ((javafx.scene.layout.BorderPane) view.root()).getCenter();
    }

    /// The page in view (tests).
    SeatConsoleView.Page currentPage() {
        return view == null ? null : view.current();
    }

    public void showMain(Session session) {
        showMain(session, null);
    }

    private void showMain(Session session, TicketDraft carriedDraft) {
        this.session = session;
        stopTicker();
        stage.setTitle(session.seated() ? messages.get("window.title", session.staff().name(), session.seatCode())
                : messages.get("window.titleNoSeat", session.staff().name()));
        String centre = context.settings.get("centre.name");

        ScriptsPanel scripts = new ScriptsPanel(messages, centre);
        TicketQueueViewModel queue = new TicketQueueViewModel(context.tickets, context.deadlines, messages, background,
                context.hubClock.instant());
        this.queue = queue;
        // First in the database thread's queue: the console is ready when its queue shows, and
        // the other pages' loads can follow it.
        queue.refresh();
        DraftAutosave autosave = new DraftAutosave(context.drafts, session.staff().id(), context.dbExecutor::schedule,
                DraftAutosave.DEFAULT_DELAY);
        form = new TicketFormViewModel(context.tickets, autosave, session.author(), messages, background,
                saved -> {
                    queue.refresh();
                    context.nudgeSync();
                    if (kb != null) {
                        kb.ticketSaved(saved);
                    }
                });
        TicketDetailViewModel detail = new TicketDetailViewModel(context.tickets, background);
        this.detail = detail;
        StatusBarViewModel status = new StatusBarViewModel(session, messages, context.sync, context.roster, background,
                context.clock, context.zone, context.conflicts::openCount, context.refusals::unreadCount);
        this.status = status;
        TicketEditViewModel editor = new TicketEditViewModel(context.tickets, session.author(), messages, background,
                saved -> {
                    detail.show(saved); // the new history entries
                    queue.refresh();
                    status.refresh();
                    context.nudgeSync();
                });
        this.editor = editor;
        TicketsPage[] page = new TicketsPage[1];
        TicketQueueView queueView = new TicketQueueView(queue, messages, ticket -> page[0].open(ticket));
        page[0] = new TicketsPage(queueView, new TicketFormView(form, messages, scripts), form,
                () -> new TicketDetailView(detail, editor, messages, context.zone, () -> page[0].closeDetail()), detail, scripts);
        ticketsPage = page[0];
        CallRecordViewModel calls = new CallRecordViewModel(context.calls, session.author(), messages, background,
                context.clock, context.zone);
        SeatConsoleView[] frame = new SeatConsoleView[1];
        HubInbox inbox = new HubInbox(context, session.author(), messages, background, () -> {
            status.refresh();
            queue.refresh();
            context.nudgeSync();
        });
        this.inbox = inbox;
        SeatConsoleView console = new SeatConsoleView(messages, ticketsPage, status, new SeatConsoleView.Actions() {
            @Override
            public void recordCallResolvedByPhone() {
                CallRecordDialog.ask(stage, messages).ifPresent(answer -> {
                    calls.record(answer.category(), answer.note());
                    status.refresh();
                    context.nudgeSync();
                });
            }

            @Override
            public void openSettings() {
                SettingsDialog.askLanguage(stage, messages).ifPresent(SeatConsole.this::changeLanguage);
            }

            @Override
            public void openConflicts() {
                openConflictInbox();
            }

            @Override
            public void signOut() {
                SeatConsole.this.signOut();
            }

            @Override
            public void quit() {
                SeatConsole.this.quit();
            }
        }, calls.todayTextProperty(), session.staff().name());
        frame[0] = console;
        openConflicts = () -> {
            console.showAside(inbox.open(() -> frame[0].show(SeatConsoleView.Page.TICKETS)));
            status.refresh();
        };
        this.view = console;
        // Roster, handover and knowledge base are built on their first visit (each loads its data
        // then); the notices load at login, because unread ones come forward at shift start (R-SH-3).
        rosterPage = null;
        console.mountOnFirstVisit(SeatConsoleView.Page.ROSTER, () -> {
            rosterPage = RosterPages.seat(context.rosterDesk, session.staff(), messages, background, context.clock,
                    context.zone, context::nudgeSync);
            return rosterPage.root();
        });
        shiftLog = new ShiftLogPages(context, session, messages, background);
        console.mountOnFirstVisit(SeatConsoleView.Page.HANDOVER, shiftLog::handover);
        console.mount(SeatConsoleView.Page.NOTICES, shiftLog.notices(() -> console.show(SeatConsoleView.Page.NOTICES)));
        if (kb != null) {
            kb.quick().hide(); // the language changed: the new console brings its own
            kb = null;
        }
        console.mountOnFirstVisit(SeatConsoleView.Page.KNOWLEDGE_BASE, () -> knowledgeBase().page());
        KnowledgeBaseParts.installShortcut(console.root(), () -> knowledgeBase().quick(), stage);
        setRoot(console.root());

        form.savingProperty().subscribe(saving -> status.refresh());
        ready.set(false); // a new queue (a login, another language) is ready when it shows
        queue.loadedProperty().subscribe(loaded -> {
            if (loaded) {
                readyAfterLayout();
            }
        });
        status.refresh();
        calls.refresh();
        if (carriedDraft != null) {
            form.restore(carriedDraft);
        } else {
            restoreDraft(session);
        }
        ticketsPage.newTicket();
        startTicker(queue, status);
    }

    /// Another seat's work arrived with a pull: the queue, the open ticket and the status bar show
    /// it without any user action (an edit in progress is left alone: what is typed stays).
    private void remoteChanges() {
        if (queue != null) {
            queue.refresh();
        }
        if (status != null) {
            status.refresh();
        }
        if (detail != null && editor != null && !editor.editingProperty().get()) {
            detail.reload();
        }
        if (rosterPage != null) {
            rosterPage.refresh(); // a decision on my request came back
        }
        if (shiftLog != null) {
            shiftLog.refresh();
        }
        if (inbox != null) {
            inbox.refresh();
        }
    }

    /// Sign-out (Ctrl+L, or the user menu): the login of this console, for the next person at
    /// this seat — the successor acknowledges the handover here (R-SH-2). The unfinished form is
    /// written under the person who typed it, and comes back at their next login; the session's
    /// clock, quick search and hub session end with it.
    public void signOut() {
        if (session == null) {
            return;
        }
        Session leaving = session;
        TicketDraft draft = form.draft();
        endSession();
        // Queued before the next login's draft is read: the database thread runs them in order.
        background.run(() -> keepDraft(leaving, draft), kept -> { },
                error -> LOG.warn("Could not keep the unfinished form of {}", leaving.staff().staffNo(), error));
        showLogin();
    }

    /// Ctrl+Q: the unfinished form is kept, then the window closes (and with it the console).
    public void quit() {
        if (session != null) {
            Session leaving = session;
            TicketDraft draft = form.draft();
            endSession();
            // the context finishes queued database work before it closes: the draft is written
            context.dbExecutor.execute(() -> keepDraft(leaving, draft));
        }
        stage.hide();
    }

    private boolean keepDraft(Session owner, TicketDraft draft) {
        if (draft.isBlank()) {
            context.drafts.discard(owner.staff().id());
        } else {
            context.drafts.save(owner.staff().id(), draft);
        }
        return true;
    }

    /// What a session started in the background stops with it: the clock, the quick search
    /// over the window, the sync engine logged in as this person.
    private void endSession() {
        stopTicker();
        if (kb != null) {
            kb.quick().hide();
            kb = null;
        }
        context.stopSync();
        session = null;
        view = null;
        ready.set(false);
    }

    /// The session signed in now, or null on the login screen (tests).
    Session session() {
        return session;
    }

    /// After a crash, the unfinished form comes back exactly as it was typed.
    private void restoreDraft(Session session) {
        TicketFormViewModel target = form;
        background.run(() -> context.drafts.load(session.staff().id()),
                draft -> draft.filter(d -> !d.isBlank()).ifPresent(target::restore),
                error -> LOG.warn("Could not read the unfinished form of {}", session.staff().staffNo(), error));
    }

    /// A new language rebuilds the console; what the form holds is carried over.
    private void changeLanguage(Locale locale) {
        TicketDraft current = form.draft();
        switchLanguage(locale);
        showMain(session, current.isBlank() ? null : current);
    }

    private void startTicker(TicketQueueViewModel queue, StatusBarViewModel status) {
        int[] seconds = {0};
        startTicker(Duration.seconds(1), () -> {
            queue.tick(context.hubClock.instant()); // deadlines run on hub time (principle 8)
            if (++seconds[0] % 5 == 0) {
                status.refresh();
            }
        });
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
    }
}

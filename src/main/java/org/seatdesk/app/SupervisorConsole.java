package org.seatdesk.app;

import java.util.Locale;

import javafx.stage.Stage;
import javafx.util.Duration;

import org.seatdesk.dutylog.ui.DutyLogView;
import org.seatdesk.dutylog.ui.DutyLogViewModel;
import org.seatdesk.roster.ui.ApprovalsView;
import org.seatdesk.roster.ui.RosterGridView;
import org.seatdesk.roster.ui.RosterPages;
import org.seatdesk.kb.editorial.ui.KbEditorPage;
import org.seatdesk.rollcall.ui.RollCallView;
import org.seatdesk.rollcall.ui.RollCallViewModel;
import org.seatdesk.security.Session;
import org.seatdesk.security.ui.LoginView;
import org.seatdesk.security.ui.LoginViewModel;
import org.seatdesk.settings.ui.SettingsDialog;
import org.seatdesk.ticket.ui.HubRefusalsViewModel;
import org.seatdesk.ui.StatusBarViewModel;
import org.seatdesk.ui.SupervisorConsoleView;
import org.seatdesk.ui.SupervisorConsoleView.Page;

/// Composes the supervisor console (shift monitor, directors, quality inspector, KB editor) on
/// the same local database and sync as a seat: the login, then the pages of the person's role.
/// Each feature mounts its page in {@link #mountPages} with one line.
public final class SupervisorConsole extends ConsoleWindow {


    private Session session;
    private SupervisorConsoleView view;
    private RosterGridView rosterGrid;
    private ApprovalsView approvals;
    private KbEditorPage kbEditor;
    private RollCallViewModel rollCall;
    private DutyLogViewModel dutyLog;
    private ShiftLogPages shiftLog;
    private HubInbox inbox;
    private StatusBarViewModel status;

    public SupervisorConsole(SeatContext context, Stage stage, Locale locale, String loginHint, double width, double height) {
        super(context, stage, locale, loginHint, width, height);
    }

    static SupervisorConsole onScreen(SeatContext context, Locale locale, String loginHint, Runnable onClosed) {
        Stage stage = new Stage();
        javafx.geometry.Dimension2D size = Console.windowSize();
        SupervisorConsole console = new SupervisorConsole(context, stage, locale, loginHint, size.getWidth(), size.getHeight());
        stage.setOnHidden(e -> onClosed.run());
        return console;
    }

    public SupervisorConsoleView view() {
        return view;
    }

    /// The handover and notices pages of the session (tests and snapshots drive them).
    ShiftLogPages shiftLog() {
        return shiftLog;
    }

    /// The KB editor page, if the role has it (tests and snapshots drive it).
    KbEditorPage kbEditor() {
        return kbEditor;
    }

    @Override
    public void showLogin() {
        stopTicker();
        stage.setTitle(messages.get("app.name") + " · " + messages.get("face.supervisor"));
        login = new LoginViewModel(context.auth, messages, background, this::showMain);
        // As at a seat: someone unknown here is put to the hub, whose directory brings the staff
        // and the roster (ADR 0024), so `supervisor --hub` needs nothing seeded.
        login.whenRefusedHere(context::enrolAtHub);
        login.refuseWhen(context.otherCentreRefusal(messages));
        login.whenAccepted((accepted, password) -> context.startSync(accepted.staff().staffNo(), password,
                accepted.seatCode(), () -> javafx.application.Platform.runLater(this::remoteChanges)));
        LoginView loginView = new LoginView(login, messages, loginHint);
        scene.setRoot(loginView.root());
        loginView.focus();
    }

    public void showMain(Session session) {
        this.session = session;
        this.rollCall = null;
        this.dutyLog = null;
        stopTicker();
        stage.setTitle(session.seated() ? messages.get("window.title", session.staff().name(), session.seatCode())
                : messages.get("window.titleNoSeat", session.staff().name()));
        status = new StatusBarViewModel(session, messages, context.sync, context.roster, background,
                context.clock, context.zone, context.conflicts::openCount, context.refusals::unreadCount);
        inbox = new HubInbox(context, session.author(), messages, background, () -> {
            status.refresh();
            context.nudgeSync();
        });
        view = new SupervisorConsoleView(messages, session.staff().role(), status, this::openSettings,
                this::openInbox);
        mountPages(view);
        scene.setRoot(view.root());
        status.refresh();
        startTicker(Duration.seconds(5), status::refresh);
        ready.set(true);
    }

    /// One line per feature page; pages the role does not have are ignored by the frame.
    private void mountPages(SupervisorConsoleView view) {
        if (view.pages().contains(Page.ROLL_CALL)) {
            rollCall = new RollCallViewModel(context.rollCall, session.staff(), messages, background, context.clock,
                    context::nudgeSync);
            view.mount(Page.ROLL_CALL, new RollCallView(rollCall, messages, context.zone).root());
            rollCall.refresh();
        }
        if (view.pages().contains(Page.DUTY_LOG)) {
            dutyLog = new DutyLogViewModel(context.dutyLog, context.rollCall::currentShift, session.staff(), messages,
                    background, context.clock, context::nudgeSync);
            view.mount(Page.DUTY_LOG, new DutyLogView(dutyLog, messages, context.zone).root());
            dutyLog.refresh();
        }
        if (view.pages().contains(Page.ROSTER)) {
            rosterGrid = RosterPages.grid(context.rosterDesk, session.staff(), messages, background, context.clock,
                    context.zone, context::nudgeSync);
            view.mount(Page.ROSTER, rosterGrid.root());
        }
        if (view.pages().contains(Page.APPROVALS)) {
            approvals = RosterPages.approvals(context.rosterDesk, session.staff(), messages, background, context.zone,
                    context::nudgeSync);
            view.mount(Page.APPROVALS, approvals.root());
        }
        shiftLog = new ShiftLogPages(context, session, messages, background);
        view.pages().stream().filter(Page.HANDOVER::equals).forEach(p -> view.mount(p, shiftLog.handover()));
        view.pages().stream().filter(Page.NOTICES::equals).forEach(p -> view.mount(p, shiftLog.supervisorNotices(() -> view.show(p))));
        if (view.pages().contains(Page.KNOWLEDGE_BASE)) {
            kbEditor = KbEditorPage.of(context.editorial, session.staff(), messages, background, context.zone, context::nudgeSync);
            view.mount(Page.KNOWLEDGE_BASE, kbEditor.root());
        }
    }

    /// Another console's work arrived with a pull: mounted pages refresh without any user action.
    private void remoteChanges() {
        if (approvals != null) {
            approvals.refresh(); // a request made at a seat arrived
        }
        if (rosterGrid != null) {
            rosterGrid.refresh();
        }
        if (kbEditor != null) {
            kbEditor.refresh();
        }
        if (rollCall != null) {
            rollCall.refresh();
        }
        if (dutyLog != null) {
            dutyLog.refresh(); // refreshed, not rebuilt: an entry being typed stays
        }
        if (shiftLog != null) {
            shiftLog.refresh();
        }
        if (inbox != null) {
            inbox.refresh(); // a mark or an edit the hub refused
            status.refresh();
        }
    }

    public RollCallViewModel rollCall() {
        return rollCall;
    }

    /// What the status bar's link opens: a monitor's mark or a director's edit the hub refused is
    /// shown here with the reason, as an agent's ticket is at the seat (issue 4).
    public void openInbox() {
        view.showAside(inbox.open(view::showCurrent));
    }

    /// The hub's refusals (tests look at them).
    HubRefusalsViewModel hubRefusals() {
        return inbox.refusals;
    }

    private void openSettings() {
        SettingsDialog.askLanguage(stage, messages).ifPresent(locale -> {
            switchLanguage(locale);
            showMain(session);
        });
    }
}

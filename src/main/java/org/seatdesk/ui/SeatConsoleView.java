package org.seatdesk.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.ui.TicketsPage;

/// The seat console's frame: header actions, page navigation, status bar, and the keyboard
/// shortcuts of the whole flow (shown in every tooltip and button).
public final class SeatConsoleView {

    public enum Page {
        TICKETS(KeyCode.DIGIT1, MaterialDesignF.FORMAT_LIST_CHECKS),
        KNOWLEDGE_BASE(KeyCode.DIGIT2, MaterialDesignB.BOOK_OPEN_VARIANT),
        ROSTER(KeyCode.DIGIT3, MaterialDesignC.CALENDAR_ACCOUNT),
        HANDOVER(KeyCode.DIGIT4, MaterialDesignS.SWAP_HORIZONTAL),
        NOTICES(KeyCode.DIGIT5, MaterialDesignB.BULLHORN);

        final KeyCode key;
        final Ikon icon;

        Page(KeyCode key, Ikon icon) {
            this.key = key;
            this.icon = icon;
        }

        /// Ctrl+1 … Ctrl+5 with the digits above the letters or on the numeric keypad: the
        /// keypad's digits have key codes of their own, and an agent whose right hand is on the
        /// keypad pressed Ctrl+3 there and saw nothing happen.
        boolean isKey(KeyCode code) {
            return code == key || code.ordinal() - KeyCode.NUMPAD1.ordinal() == ordinal();
        }
    }

    /// What the header buttons and shortcuts do beyond the tickets page.
    public interface Actions {
        void recordCallResolvedByPhone();

        void openSettings();

        /// The conflict inbox, from the status bar's count (sync principle 6).
        default void openConflicts() {
        }

        /// Ctrl+L: back to the login of this console, for the next person at the seat (R-SH-2).
        default void signOut() {
        }

        /// Ctrl+Q: closes the console (the form's draft is kept first).
        default void quit() {
        }
    }

    private final BorderPane root = new BorderPane();
    private final Map<Page, ToggleButton> navigation = new EnumMap<>(Page.class);
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, Supplier<Node>> builders = new EnumMap<>(Page.class);
    private final TicketsPage tickets;

    /// @param userName who is signed in: the title of the user menu (sign out, quit)
    public SeatConsoleView(Messages messages, TicketsPage tickets, StatusBarViewModel status, Actions actions,
                           ReadOnlyStringProperty resolvedToday, String userName) {
        this.tickets = tickets;
        root.getStyleClass().add("seat-console");
        pages.put(Page.TICKETS, tickets.root());
        pages.put(Page.KNOWLEDGE_BASE, ComingSoonView.of(messages, "nav.KNOWLEDGE_BASE"));
        pages.put(Page.ROSTER, ComingSoonView.of(messages, "nav.ROSTER"));
        pages.put(Page.HANDOVER, ComingSoonView.of(messages, "nav.HANDOVER"));
        pages.put(Page.NOTICES, ComingSoonView.of(messages, "nav.NOTICES"));

        root.setTop(header(messages, actions, resolvedToday, userName));
        root.setLeft(navigation(messages));
        root.setBottom(StatusBarView.of(status, actions::openConflicts));
        show(Page.TICKETS);
        // On the scene, not on this root: with no focus owner (the focused node was just
        // removed from the scene, e.g. by a skin re-parenting it) a key event's target is the
        // scene itself, and a filter on the root never sees it — the first Ctrl+1 was lost.
        SceneKeys.whileShown(root, e -> {
            if (shortcut(e, actions)) {
                e.consume();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /// Puts a feature's page in place of its "coming" placeholder: each feature builds its own
    /// page and {@code SeatConsole} mounts it, so this frame never depends on the features.
    public void mount(Page page, Node content) {
        builders.remove(page);
        boolean showing = root.getCenter() == pages.get(page);
        pages.put(page, content);
        if (showing) {
            root.setCenter(content);
        }
    }

    /// Like {@link #mount(Page, Node)}, but the page is built when it is first shown: the console's
    /// first queue does not wait for pages the agent may never open (docs/performance.md,
    /// "Start-up pass 2").
    public void mountOnFirstVisit(Page page, Supplier<Node> build) {
        if (root.getCenter() == pages.get(page)) {
            mount(page, build.get());
        } else {
            builders.put(page, build);
        }
    }

    /// Shows a page that has no place in the navigation (the conflict inbox); {@link #show(Page)} leaves it.
    public void showAside(Node content) {
        root.setCenter(content);
    }

    /// The page of the navigation in view; null while an aside (the conflict inbox) is shown.
    public Page current() {
        for (Page page : Page.values()) {
            if (root.getCenter() == pages.get(page)) {
                return page;
            }
        }
        return null;
    }

    public void show(Page page) {
        Supplier<Node> build = builders.remove(page);
        if (build != null) {
            pages.put(page, build.get());
        }
        root.setCenter(pages.get(page));
        navigation.get(page).setSelected(true);
        focusFirstField(page);
    }

    /// The page's first field takes the focus, so typing goes on there and the focus never
    /// stays in a page that left the scene. The CSS pass first: it makes the skins, and a skin
    /// that re-parents its content (SplitPane) would otherwise take the focus away again.
    private void focusFirstField(Page page) {
        if (root.getScene() == null) {
            return;
        }
        root.applyCss();
        if (page == Page.TICKETS) {
            tickets.focusCurrent();
        } else {
            SceneKeys.firstField(pages.get(page)).ifPresent(Node::requestFocus);
        }
    }

    private boolean shortcut(KeyEvent e, Actions actions) {
        if (e.isShortcutDown()) {
            for (Page page : Page.values()) {
                if (page.isKey(e.getCode())) {
                    show(page);
                    return true;
                }
            }
            boolean onTickets = root.getCenter() == tickets.root();
            switch (e.getCode()) {
                case N -> { show(Page.TICKETS); tickets.newTicket(); return true; }
                case S -> { return onTickets && tickets.save(); }
                case E -> { return onTickets && tickets.edit(); }
                case L -> { actions.signOut(); return true; }
                case Q -> { actions.quit(); return true; }
                case F -> { show(Page.TICKETS); tickets.focusSearch(); return true; }
                case R -> { actions.recordCallResolvedByPhone(); return true; }
                case COMMA -> { actions.openSettings(); return true; }
                case Z -> { return root.getCenter() == tickets.root() && tickets.undoCancel(); }
                default -> { return false; }
            }
        }
        if (e.getCode() == KeyCode.ESCAPE && root.getCenter() == tickets.root() && !popupOpen(e)) {
            tickets.escape();
            return true;
        }
        return tickets.script(e.getCode());
    }

    /// Esc on an open drop-down closes the drop-down, not the form.
    private static boolean popupOpen(KeyEvent e) {
        return e.getTarget() instanceof ComboBox<?> combo && combo.isShowing();
    }

    private Node header(Messages messages, Actions actions, ReadOnlyStringProperty resolvedToday, String userName) {
        FontIcon logo = new FontIcon(MaterialDesignH.HEADSET);
        logo.getStyleClass().add("header-logo");
        Label name = new Label(messages.get("app.name"));
        name.getStyleClass().add("header-title");
        Button newTicket = button(messages.get("action.newTicket"), "Ctrl+N", MaterialDesignP.PLUS, messages);
        newTicket.setId("action-new-ticket");
        newTicket.getStyleClass().add("accent");
        newTicket.setOnAction(e -> { show(Page.TICKETS); tickets.newTicket(); });
        Button byPhone = button(messages.get("action.resolvedByPhone"), "Ctrl+R", MaterialDesignP.PHONE_CHECK, messages);
        byPhone.setId("action-resolved-by-phone");
        byPhone.setOnAction(e -> actions.recordCallResolvedByPhone());
        Label today = new Label();
        today.setId("resolved-today");
        today.getStyleClass().add("text-muted");
        today.textProperty().bind(resolvedToday);
        Button settings = button(messages.get("action.settings"), "Ctrl+,", MaterialDesignC.COG_OUTLINE, messages);
        settings.setId("action-settings");
        settings.setOnAction(e -> actions.openSettings());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, logo, name, spacer, today, byPhone, newTicket, settings,
                userMenu(messages, actions, userName));
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 14, 8, 14));
        header.getStyleClass().add("app-header");
        return header;
    }

    /// Who is signed in, with the way out: sign out for the next person at this seat, or quit.
    private static Node userMenu(Messages messages, Actions actions, String userName) {
        MenuItem signOut = new MenuItem(messages.get("user.signOut"), new FontIcon(MaterialDesignL.LOGOUT));
        signOut.setId("user-sign-out");
        signOut.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        signOut.setOnAction(e -> actions.signOut());
        MenuItem quit = new MenuItem(messages.get("user.quit"), new FontIcon(MaterialDesignP.POWER));
        quit.setId("user-quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> actions.quit());
        MenuButton menu = new MenuButton(userName, new FontIcon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE), signOut, quit);
        menu.setId("user-menu");
        menu.setTooltip(new Tooltip(messages.get("user.menu.tooltip")));
        return menu;
    }

    private static Button button(String text, String shortcut, Ikon icon, Messages messages) {
        Button button = new Button(text, new FontIcon(icon));
        button.setTooltip(new Tooltip(messages.get("shortcut.tooltip", text, shortcut)));
        return button;
    }

    private Node navigation(Messages messages) {
        return NavigationRail.of(messages, "nav.", java.util.List.of(Page.values()), page -> page.icon, this::show, navigation);
    }
}

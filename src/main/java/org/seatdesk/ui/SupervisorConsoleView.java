package org.seatdesk.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.seatdesk.i18n.Messages;
import org.seatdesk.security.Role;

/// The supervisor console's frame: the pages the role of who logged in may use (domain.md,
/// "People and places"), each a "coming" placeholder until a feature mounts its page.
public final class SupervisorConsoleView {

    public enum Page {
        ROLL_CALL(MaterialDesignA.ACCOUNT_CHECK_OUTLINE),
        ROSTER(MaterialDesignC.CALENDAR_ACCOUNT),
        APPROVALS(MaterialDesignC.CHECKBOX_MARKED_CIRCLE_OUTLINE),
        HANDOVER(MaterialDesignS.SWAP_HORIZONTAL),
        NOTICES(MaterialDesignB.BULLHORN),
        DUTY_LOG(MaterialDesignN.NOTEBOOK_OUTLINE),
        QUALITY(MaterialDesignS.STAR_CHECK_OUTLINE),
        KNOWLEDGE_BASE(MaterialDesignB.BOOK_OPEN_VARIANT);

        final Ikon icon;

        Page(Ikon icon) {
            this.icon = icon;
        }

        /// The pages of a role, in navigation order (R-SEC-1: each person sees what their role
        /// allows; domain.md "People and places").
        public static List<Page> of(Role role) {
            return switch (role) {
                case SHIFT_MONITOR -> List.of(ROLL_CALL, ROSTER, APPROVALS, HANDOVER, NOTICES, DUTY_LOG);
                case DEPARTMENT_DIRECTOR -> List.of(ROSTER, APPROVALS, NOTICES, DUTY_LOG);
                case CENTRE_DIRECTOR -> List.of(ROSTER, APPROVALS, NOTICES, DUTY_LOG, KNOWLEDGE_BASE);
                case QUALITY_INSPECTOR -> List.of(QUALITY, ROSTER, NOTICES);
                case KB_EDITOR -> List.of(KNOWLEDGE_BASE, ROSTER, NOTICES);
                case CALLBACK_DESK -> List.of(ROSTER, HANDOVER, NOTICES);
                case AGENT, WALL -> List.of();
            };
        }
    }

    private final BorderPane root = new BorderPane();
    private final Map<Page, ToggleButton> navigation = new EnumMap<>(Page.class);
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final List<Page> visible;
    private Page current;

    /// @param openInbox what the status bar's link to conflicts and refusals opens
    public SupervisorConsoleView(Messages messages, Role role, StatusBarViewModel status, Runnable openSettings,
                                 Runnable openInbox) {
        this.visible = Page.of(role);
        root.getStyleClass().add("supervisor-console");
        for (Page page : visible) {
            pages.put(page, ComingSoonView.of(messages, "supervisor.nav." + page.name()));
        }
        root.setTop(header(messages, openSettings));
        root.setLeft(NavigationRail.of(messages, "supervisor.nav.", visible, page -> page.icon, this::show, navigation));
        root.setBottom(StatusBarView.of(status, openInbox));
        if (!visible.isEmpty()) {
            show(visible.getFirst());
        }
        // Ctrl+digit picks a page; Ctrl+Shift+digit is left to the page (the KB editor's tabs).
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isShiftDown() && shortcut(e.getCode(), openSettings)) {
                e.consume();
            }
        });
    }

    public Parent root() {
        return root;
    }

    public List<Page> pages() {
        return visible;
    }

    /// Puts a feature's page in place of its placeholder; a page this role does not have is ignored,
    /// so the composition may mount every page without asking for the role first.
    public void mount(Page page, Node content) {
        if (!pages.containsKey(page)) {
            return;
        }
        boolean showing = root.getCenter() == pages.get(page);
        pages.put(page, content);
        if (showing) {
            root.setCenter(content);
        }
    }

    public void show(Page page) {
        if (pages.containsKey(page)) {
            current = page;
            root.setCenter(pages.get(page));
            navigation.get(page).setSelected(true);
        }
    }

    /// Shows `content` (the inbox) in place of the page until a page is chosen again.
    public void showAside(Node content) {
        root.setCenter(content);
    }

    /// Back to the page shown before the aside.
    public void showCurrent() {
        if (current != null) {
            show(current);
        }
    }

    private boolean shortcut(KeyCode code, Runnable openSettings) {
        if (code == KeyCode.COMMA) {
            openSettings.run();
            return true;
        }
        if (code.isDigitKey()) {
            int index = code.getCode() - KeyCode.DIGIT1.getCode();
            if (index >= 0 && index < visible.size()) {
                show(visible.get(index));
                return true;
            }
        }
        return false;
    }

    private Node header(Messages messages, Runnable openSettings) {
        FontIcon logo = new FontIcon(MaterialDesignA.ACCOUNT_TIE);
        logo.getStyleClass().add("header-logo");
        Label name = new Label(messages.get("app.name") + " · " + messages.get("face.supervisor"));
        name.getStyleClass().add("header-title");
        String text = messages.get("action.settings");
        Button settings = new Button(text, new FontIcon(MaterialDesignC.COG_OUTLINE));
        settings.setTooltip(new Tooltip(messages.get("shortcut.tooltip", text, "Ctrl+,")));
        settings.setId("action-settings");
        settings.setOnAction(e -> openSettings.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, logo, name, spacer, settings);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 14, 8, 14));
        header.getStyleClass().add("app-header");
        return header;
    }
}

package org.seatdesk.ticket.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.seatdesk.i18n.Messages;

/// R-TK-12: the standard greeting, closing and after-complaint phrases, one key away (F2–F4).
/// The chosen phrase is shown large enough to read aloud and copied to the clipboard.
public final class ScriptsPanel {

    public record Script(KeyCode key, String titleKey, String textKey) {
    }

    public static final List<Script> SCRIPTS = List.of(
            new Script(KeyCode.F2, "script.greeting.title", "script.greeting"),
            new Script(KeyCode.F3, "script.closing.title", "script.closing"),
            new Script(KeyCode.F4, "script.afterComplaint.title", "script.afterComplaint"));

    private static final javafx.css.PseudoClass CHOSEN = javafx.css.PseudoClass.getPseudoClass("chosen");

    private final VBox root = new VBox(6);
    private final List<Button> buttons = new ArrayList<>();
    private final Label phrase = new Label();
    private final Messages messages;
    private final String centreName;

    public ScriptsPanel(Messages messages, String centreName) {
        this.messages = messages;
        this.centreName = centreName;
        root.getStyleClass().add("scripts-panel");
        root.setPadding(new Insets(8, 10, 8, 10));
        Label heading = new Label(messages.get("script.heading"));
        heading.getStyleClass().add("section-title");
        HBox row = new HBox(6, heading);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Script script : SCRIPTS) {
            Button button = new Button(script.key().getName() + "  " + messages.get(script.titleKey()));
            button.getStyleClass().addAll("small", "script-button");
            button.setFocusTraversable(false);
            button.setOnAction(e -> use(script.key()));
            buttons.add(button);
            row.getChildren().add(button);
        }
        phrase.setId("script-phrase");
        phrase.setWrapText(true);
        phrase.getStyleClass().add("script-text");
        root.getChildren().addAll(row, phrase);
        show(SCRIPTS.getFirst());
    }

    public Node root() {
        return root;
    }

    /// Shows and copies the phrase for `key`; false when the key is not a script key.
    public boolean use(KeyCode key) {
        for (Script script : SCRIPTS) {
            if (script.key() == key) {
                show(script);
                ClipboardContent content = new ClipboardContent();
                content.putString(text(script));
                Clipboard.getSystemClipboard().setContent(content);
                return true;
            }
        }
        return false;
    }

    private void show(Script chosen) {
        for (int i = 0; i < SCRIPTS.size(); i++) {
            buttons.get(i).pseudoClassStateChanged(CHOSEN, SCRIPTS.get(i) == chosen);
        }
        phrase.setText(text(chosen));
    }

    private String text(Script script) {
        return messages.get(script.textKey(), centreName);
    }
}

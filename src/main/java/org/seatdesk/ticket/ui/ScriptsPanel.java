package org.seatdesk.ticket.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import org.seatdesk.i18n.Messages;

/// R-TK-12: the standard greeting, closing and after-complaint phrases, one key away (F2–F4).
/// The chosen phrase is highlighted for reading aloud and copied to the clipboard.
public final class ScriptsPanel {

    public record Script(KeyCode key, String titleKey, String textKey) {
    }

    public static final List<Script> SCRIPTS = List.of(
            new Script(KeyCode.F2, "script.greeting.title", "script.greeting"),
            new Script(KeyCode.F3, "script.closing.title", "script.closing"),
            new Script(KeyCode.F4, "script.afterComplaint.title", "script.afterComplaint"));

    private final VBox root = new VBox(6);
    private final List<Label> texts;
    private final Messages messages;
    private final String centreName;

    public ScriptsPanel(Messages messages, String centreName) {
        this.messages = messages;
        this.centreName = centreName;
        root.getStyleClass().add("scripts-panel");
        root.setPadding(new Insets(10));
        Label heading = new Label(messages.get("script.heading"));
        heading.getStyleClass().add("section-title");
        root.getChildren().add(heading);
        texts = SCRIPTS.stream().map(script -> {
            Label title = new Label(messages.get(script.titleKey()) + "  (" + script.key().getName() + ")");
            title.getStyleClass().add("script-title");
            Label text = new Label(phrase(script));
            text.setWrapText(true);
            text.getStyleClass().add("script-text");
            root.getChildren().addAll(title, text);
            return text;
        }).toList();
    }

    public Node root() {
        return root;
    }

    /// Highlights and copies the phrase for `key`; false when the key is not a script key.
    public boolean use(KeyCode key) {
        for (int i = 0; i < SCRIPTS.size(); i++) {
            Script script = SCRIPTS.get(i);
            boolean chosen = script.key() == key;
            texts.get(i).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"), chosen);
            if (chosen) {
                ClipboardContent content = new ClipboardContent();
                content.putString(phrase(script));
                Clipboard.getSystemClipboard().setContent(content);
            }
        }
        return SCRIPTS.stream().anyMatch(s -> s.key() == key);
    }

    private String phrase(Script script) {
        return messages.get(script.textKey(), centreName);
    }
}

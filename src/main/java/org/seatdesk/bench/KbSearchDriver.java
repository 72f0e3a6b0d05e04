package org.seatdesk.bench;

import java.util.Objects;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

import org.seatdesk.app.HeadlessSeat;
import org.seatdesk.kb.SearchHit;
import org.seatdesk.kb.ui.KbSearchViewModel;
import org.seatdesk.ui.SeatConsoleView;

/// Types into the knowledge-base page of a real console, the way an agent does, and times each
/// keystroke with a {@link ChangeTimer}: until the page has shown the result list of the new text
/// (its view model counts every list it shows; only the newest text's list is shown), and until
/// the layout pulse after that drew it.
final class KbSearchDriver {

    private final HeadlessSeat seat;
    private TextField field;
    private ChangeTimer<SearchHit> timer;

    @SuppressWarnings("unchecked")
    KbSearchDriver(HeadlessSeat seat) {
        this.seat = seat;
        KbSearchViewModel page = seat.knowledgeBasePage();
        seat.onFx(() -> {
            seat.console().show(SeatConsoleView.Page.KNOWLEDGE_BASE);
            Scene scene = seat.console().scene();
            // The page's split pane gets its children from its skin: one CSS and layout pass first.
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            field = (TextField) Objects.requireNonNull(scene.lookup("#kb-search-field"), "#kb-search-field");
            ListView<SearchHit> results = (ListView<SearchHit>) Objects.requireNonNull(scene.lookup("#kb-results"), "#kb-results");
            timer = ChangeTimer.ofCounter(seat, scene, page.shownProperty(), results.getItems());
            field.requestFocus();
        });
    }

    /// Empties the field (its results go at once; untimed).
    void clear() {
        seat.onFx(() -> field.clear());
    }

    /// The keystroke that turns the field's text into `text` (one more character, or an input
    /// method's commit), at the caret's place at the end, as the text field's own key handling does.
    ChangeTimer.Timing type(String text) {
        return timer.measure(() -> {
            String before = field.getText();
            if (!text.startsWith(before)) {
                throw new IllegalArgumentException("typing only adds at the end: " + before + " → " + text);
            }
            field.end();
            field.replaceSelection(text.substring(before.length()));
        }, rows -> true);
    }
}

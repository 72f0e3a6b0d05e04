package org.seatdesk.kb.editorial.ui;

import java.time.ZoneId;

import javafx.scene.Parent;

import org.seatdesk.i18n.Messages;
import org.seatdesk.kb.editorial.Actor;
import org.seatdesk.kb.editorial.EditorialService;
import org.seatdesk.kb.editorial.MarkdownCleaner;
import org.seatdesk.security.Staff;
import org.seatdesk.ui.Background;

/// The KB editor page as the supervisor console mounts it: view and view model for the person
/// logged in. `refresh` is what the console calls when other editors' work arrives.
public record KbEditorPage(Parent root, KbEditorViewModel model) {

    /// @param saved runs after each saved record (the console nudges sync)
    public static KbEditorPage of(EditorialService service, Staff staff, Messages messages, Background background,
                                  ZoneId zone, Runnable saved) {
        KbEditorViewModel model = new KbEditorViewModel(service, new Actor(staff.id(), staff.name(), staff.role()),
                messages, background, zone, saved);
        KbEditorView view = new KbEditorView(model, messages, new MarkdownPreview(new MarkdownCleaner()));
        model.refresh();
        return new KbEditorPage(view.root(), model);
    }

    public void refresh() {
        model.refresh();
    }
}

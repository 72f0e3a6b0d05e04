package org.seatdesk.ticket.ui;

import java.util.function.Supplier;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;

import org.seatdesk.ticket.Ticket;

/// The agent's main page: the queue on the left; on the right the intake form, or the detail
/// of the ticket opened from the queue. Opening a ticket never touches the form's content. The
/// detail view is built when the first ticket is opened: the console shows the queue and the form
/// first, and is ready sooner without it (ADR 0028).
public final class TicketsPage {

    private final SplitPane root = new SplitPane();
    private final StackPane side = new StackPane();
    private final TicketQueueView queue;
    private final TicketFormView form;
    private final TicketFormViewModel formModel;
    private final Supplier<TicketDetailView> newDetail;
    private TicketDetailView detail;
    private final TicketDetailViewModel detailModel;
    private final ScriptsPanel scripts;

    public TicketsPage(TicketQueueView queue, TicketFormView form, TicketFormViewModel formModel,
                       Supplier<TicketDetailView> detail, TicketDetailViewModel detailModel, ScriptsPanel scripts) {
        this.queue = queue;
        this.form = form;
        this.formModel = formModel;
        this.newDetail = detail;
        this.detailModel = detailModel;
        this.scripts = scripts;
        root.setOrientation(Orientation.HORIZONTAL);
        side.getChildren().setAll(form.root());
        root.getItems().addAll(queue.root(), side);
        root.setDividerPositions(0.56);
    }

    public Node root() {
        return root;
    }

    public boolean isDetailShown() {
        return detail != null && side.getChildren().contains(detail.root());
    }

    private TicketDetailView detail() {
        if (detail == null) {
            detail = newDetail.get();
        }
        return detail;
    }

    /// Ctrl+N: back to the form, cursor in its first field (a draft in progress stays).
    public void newTicket() {
        showForm();
        root.applyCss(); // the split pane's skin re-parents its items when it is made: then the focus
        form.focusFirstField();
    }

    /// The focus where the page was left: the form's first field, or the open ticket.
    public void focusCurrent() {
        if (isDetailShown()) {
            detail.focus();
        } else {
            form.focusFirstField();
        }
    }

    /// Shows the form, leaving it in place when it is there: taking the focused field out of
    /// the scene and back would drop the focus.
    private void showForm() {
        if (!side.getChildren().equals(java.util.List.of(form.root()))) {
            side.getChildren().setAll(form.root());
        }
    }

    public void open(Ticket ticket) {
        TicketDetailView view = detail(); // before show: it follows the model from there on
        detailModel.show(ticket);
        side.getChildren().setAll(view.root());
        view.focus();
    }

    public void closeDetail() {
        showForm();
        queue.focusTable();
    }

    /// Ctrl+S: saves the form, or the edit of the open ticket. False when there is nothing to save.
    public boolean save() {
        if (!isDetailShown()) {
            formModel.save();
            return true;
        }
        return detail.saveEdit();
    }

    /// Ctrl+E on an open ticket: starts editing it, the cursor in its first field.
    public boolean edit() {
        return isDetailShown() && detail.startEdit();
    }

    /// Esc: leaves the detail, or cancels the form (undoable with Ctrl+Z).
    public void escape() {
        if (isDetailShown()) {
            closeDetail();
        } else {
            formModel.cancel();
        }
    }

    public boolean undoCancel() {
        return formModel.undoCancel();
    }

    public void focusQueue() {
        showForm();
        queue.focusTable();
    }

    /// Opens the first ticket of the queue (used by snapshots and keyboard users alike: Enter).
    public void openFirst() {
        queue.first().ifPresent(this::open);
    }

    public void focusSearch() {
        queue.focusSearch();
    }

    public boolean script(KeyCode key) {
        return scripts.use(key);
    }
}

package org.seatdesk.app;

import javafx.scene.Node;

import org.seatdesk.i18n.Messages;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.ui.ConflictInboxView;
import org.seatdesk.ticket.ui.ConflictInboxViewModel;
import org.seatdesk.ticket.ui.HubRefusalsView;
import org.seatdesk.ticket.ui.HubRefusalsViewModel;
import org.seatdesk.ui.Background;

/// The inbox behind the status bar's link, alike at the seat and the supervisor console: the
/// conflicts waiting for a person (sync principle 6) and the changes the hub did not take (issue 4).
/// A monitor's roll-call mark or a director's roster edit can be refused as well as an agent's
/// ticket, so every console that pushes has it. The view is built when first opened.
final class HubInbox {

    final ConflictInboxViewModel conflicts;
    final HubRefusalsViewModel refusals;
    private final Messages messages;
    private final java.time.ZoneId zone;
    private ConflictInboxView view;

    /// @param changed runs after a conflict was resolved or a refusal read (status bar, queue, sync)
    HubInbox(SeatContext context, Author author, Messages messages, Background background, Runnable changed) {
        this.messages = messages;
        this.zone = context.zone;
        this.conflicts = new ConflictInboxViewModel(context.conflicts, author, messages, background, changed);
        this.refusals = new HubRefusalsViewModel(context.refusals, messages, background, context.clock, context.zone,
                changed);
    }

    /// The inbox, refreshed; `close` goes back to where the person was.
    Node open(Runnable close) {
        if (view == null) {
            view = new ConflictInboxView(conflicts, messages, zone, close);
            view.add(new HubRefusalsView(refusals, messages, zone).root());
        }
        conflicts.refresh();
        refusals.refresh();
        return view.root();
    }

    /// Something came from the hub (a pulled change, a conflict or a refusal in a push's answer):
    /// an inbox that was opened shows it without being opened again.
    void refresh() {
        if (view != null) {
            conflicts.refresh();
            refusals.refresh();
        }
    }
}

package org.seatdesk.roster.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.RosterServices;
import org.seatdesk.security.Staff;
import org.seatdesk.ui.Background;

/// Builds the roster feature's pages with their view models (each loads when it is shown), so that each composition
/// root mounts one with one line.
public final class RosterPages {

    private RosterPages() {
    }

    /// The seat's ROSTER page; `saved` runs after a request was written (push it now).
    public static MyRosterPage seat(RosterServices roster, Staff me, Messages messages, Background background,
                                    Clock clock, ZoneId zone, Runnable saved) {
        MyRosterPage page = new MyRosterPage(new MyRosterViewModel(roster, me, messages, background, clock, zone, saved),
                messages);
        return page; // loads when first shown, so it never delays the console's first page
    }

    /// The supervisor's ROSTER page: the week grid, which only the department director edits;
    /// `saved` runs after an edit was written (push it now).
    public static RosterGridView grid(RosterServices roster, Staff user, Messages messages, Background background,
                                      Clock clock, ZoneId zone, Runnable saved) {
        RosterGridView grid = new RosterGridView(new RosterGridViewModel(roster.planner(), user,
                LocalDate.ofInstant(clock.instant(), zone), messages, background, saved), messages);
        return grid; // loads when shown
    }

    /// The supervisor's APPROVALS page for `approver`; `decided` runs after a decision was written.
    public static ApprovalsView approvals(RosterServices roster, Staff approver, Messages messages, Background background,
                                          ZoneId zone, Runnable decided) {
        ApprovalsView view = new ApprovalsView(new ApprovalsViewModel(roster.requests(), approver, messages, background,
                decided), messages, zone);
        return view; // loads when shown
    }
}

package org.seatdesk.app;

import javafx.scene.Node;

import org.seatdesk.handover.ui.HandoverView;
import org.seatdesk.handover.ui.HandoverViewModel;
import org.seatdesk.i18n.Messages;
import org.seatdesk.notice.NoticeService;
import org.seatdesk.notice.ui.NoticeBoardView;
import org.seatdesk.notice.ui.NoticeBoardViewModel;
import org.seatdesk.notice.ui.NoticesView;
import org.seatdesk.notice.ui.NoticesViewModel;
import org.seatdesk.security.Session;
import org.seatdesk.ui.Background;

/// Composes the handover (R-SH-2) and notices (R-SH-3) pages for one session, for the seat
/// console and the supervisor console; each console mounts them with one line per page.
final class ShiftLogPages {

    private final SeatContext context;
    private final Session session;
    private final Messages messages;
    private final Background background;
    private HandoverViewModel handover;
    private NoticesViewModel notices;
    private NoticeBoardViewModel board;

    ShiftLogPages(SeatContext context, Session session, Messages messages, Background background) {
        this.context = context;
        this.session = session;
        this.messages = messages;
        this.background = background;
    }

    /// The handover log: write entries, acknowledge the previous shift's (seat and supervisor).
    Node handover() {
        handover = new HandoverViewModel(context.handover, context.tickets, session.author(), messages, background,
                context.zone, context::nudgeSync);
        handover.refresh();
        return new HandoverView(handover, messages).root();
    }

    /// The seat's notices. R-SH-3 "at shift start every agent reads the latest notices": if the
    /// first load after login finds unread ones, `showPage` brings the page forward.
    Node notices(Runnable showPage) {
        notices = new NoticesViewModel(context.notices, session.author(), messages, background, context.zone,
                context::nudgeSync);
        NoticesView view = new NoticesView(notices, messages);
        notices.loadedProperty().subscribe(loaded -> {
            if (loaded && !notices.unread().isEmpty()) {
                showPage.run();
                view.focusConfirm();
            }
        });
        notices.refresh();
        return view.root();
    }

    /// The supervisor's notices: publish, and who has not read which notice.
    Node noticeBoard() {
        board = new NoticeBoardViewModel(context.notices, session.author(), messages, background, context.clock,
                context.zone, context::nudgeSync);
        board.refresh();
        return new NoticeBoardView(board, messages).root();
    }

    /// The supervisor console's notices page: the publishing board for those who publish
    /// (R-SH-3: monitors and directors); for anyone else the notices to read, as at a seat.
    Node supervisorNotices(Runnable showPage) {
        return NoticeService.mayPublish(session.staff().role()) ? noticeBoard() : notices(showPage);
    }

    /// Another console's entries, acknowledgements, notices or receipts arrived with a pull.
    void refresh() {
        if (handover != null) {
            handover.refresh();
        }
        if (notices != null) {
            notices.refresh();
        }
        if (board != null) {
            board.refresh();
        }
    }

    NoticesViewModel noticesModel() {
        return notices;
    }

    HandoverViewModel handoverModel() {
        return handover;
    }

    NoticeBoardViewModel boardModel() {
        return board;
    }
}

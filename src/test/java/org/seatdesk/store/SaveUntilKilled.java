package org.seatdesk.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.seatdesk.settings.Settings;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketFormats;
import org.seatdesk.ticket.TicketService;
import org.seatdesk.ticket.TicketValidator;

/// The child process of {@link DurabilityKillTest}: saves until it is killed with SIGKILL, and
/// acknowledges each save on stdout only after the save call has returned, like the UI would.
///
/// `tickets DIR SEAT`: registers tickets in a loop, printing `ACK <number>` after each.
/// `draft DIR STAFF_ID`: saves {@link Fixtures#halfTypedDraft()} for STAFF_ID, prints `SAVED`, then
/// keeps overwriting a second person's draft, printing `SAVED-OTHER <n>` after each.
public final class SaveUntilKilled {

    static final String ACK = "ACK ";
    static final String SAVED = "SAVED";
    static final String SAVED_OTHER = "SAVED-OTHER ";
    static final UUID OTHER_STAFF = UUID.fromString("00000000-0000-7000-8000-000000000b0b");

    private SaveUntilKilled() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[1]);
        PrintStream out = System.out;
        Database db = Database.openFile(dir, "seat"); // never closed: the process ends by SIGKILL
        switch (args[0]) {
            case "tickets" -> {
                Clock clock = Clock.systemUTC();
                TicketService service = new TicketService(new JooqTicketRepository(db),
                        new TicketValidator(TicketFormats.from(new Settings(new JooqSettingRepository(db)))),
                        clock, Fixtures.CENTRE_ZONE, new TimeOrderedIds(clock));
                Author author = Fixtures.author(args[2]);
                TicketDraft draft = Fixtures.completeDraft();
                while (true) {
                    Ticket ticket = service.register(draft, author);
                    out.println(ACK + ticket.number());
                    out.flush();
                }
            }
            case "draft" -> {
                JooqDraftRepository drafts = new JooqDraftRepository(db, Clock.systemUTC());
                drafts.save(UUID.fromString(args[2]), Fixtures.halfTypedDraft());
                out.println(SAVED);
                out.flush();
                TicketDraft other = Fixtures.completeDraft();
                for (long n = 1; ; n++) {
                    drafts.save(OTHER_STAFF, numbered(other, n));
                    out.println(SAVED_OTHER + n);
                    out.flush();
                }
            }
            default -> throw new IllegalArgumentException("mode: tickets | draft");
        }
    }

    static TicketDraft numbered(TicketDraft d, long n) {
        return new TicketDraft(d.type(), d.level(), d.serviceKind(), d.requesterKind(), d.requesterName(),
                d.terminalId(), d.merchantId(), d.posBarcode(), d.installAddress(), d.contactPerson(),
                d.contactPhone(), "第" + n + "次保存");
    }
}

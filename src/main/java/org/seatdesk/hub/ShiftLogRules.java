package org.seatdesk.hub;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.seatdesk.handover.HandoverAck;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.handover.HandoverService;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeReceipt;
import org.seatdesk.notice.NoticeService;
import org.seatdesk.ticket.TicketNumber;

/// The hub's checks of the handover log (R-SH-2) and notices (R-SH-3): role (domain.md, "People
/// and places"), region, identity of the writer and seat, and the shape of the record. All four
/// records are append-only, so an accepted one never conflicts.
final class ShiftLogRules {

    private static final int NAME_LIMIT = 64;
    private static final int SEAT_LIMIT = 8;

    private ShiftLogRules() {
    }

    static PushService.Outcome decide(HubStore.PushTransaction tx, Caller caller, Operation op) {
        ShiftLogHubStore store = tx.shiftLog();
        if (!"CREATE".equals(op.kind())) {
            return invalid("a " + op.entity() + " is created once and never changed: use kind CREATE");
        }
        return switch (op.entity()) {
            case "handover_entry" -> entry(store, caller, op);
            case "handover_ack" -> ack(store, caller, op);
            case "notice" -> notice(store, caller, op);
            case "notice_receipt" -> receipt(store, caller, op);
            default -> invalid("unknown entity");
        };
    }

    private static PushService.Outcome entry(ShiftLogHubStore store, Caller caller, Operation op) {
        if (!HandoverService.takesPart(caller.role())) {
            return forbidden("the role " + caller.role() + " does not write handover entries");
        }
        HandoverEntry e = read(op, HandoverEntry.class);
        if (e == null || e.id() == null || e.category() == null || e.body() == null || e.authorId() == null
                || e.authorName() == null || e.seatCode() == null || e.region() == null || e.writtenAt() == null) {
            return invalid("a handover entry needs id, category, body, authorId, authorName, seatCode, region and writtenAt");
        }
        if (e.body().isBlank() || e.body().length() > HandoverService.BODY_LIMIT || e.authorName().length() > NAME_LIMIT
                || e.ticketNumbers().size() > HandoverService.TICKET_LIMIT
                || !e.ticketNumbers().stream().allMatch(TicketNumber::isValid)) {
            return invalid("body must be 1 to " + HandoverService.BODY_LIMIT + " characters, authorName at most "
                    + NAME_LIMIT + ", and at most " + HandoverService.TICKET_LIMIT + " valid ticket numbers");
        }
        String problem = sameCaller(caller, op, e.id(), e.authorId(), e.seatCode());
        if (problem != null) {
            return forbidden(problem);
        }
        if (!caller.region().equals(e.region())) {
            return forbidden("a handover entry belongs to the region of the desk that writes it");
        }
        if (store.exists(op.entity(), e.id())) {
            return invalid("a handover entry with this id exists already");
        }
        return accepted(() -> store.insert(e), e.region(), e);
    }

    private static PushService.Outcome ack(ShiftLogHubStore store, Caller caller, Operation op) {
        if (!HandoverService.takesPart(caller.role())) {
            return forbidden("the role " + caller.role() + " does not take over a seat");
        }
        HandoverAck a = read(op, HandoverAck.class);
        if (a == null || a.id() == null || a.entryId() == null || a.staffId() == null || a.staffName() == null
                || a.seatCode() == null || a.acknowledgedAt() == null || a.staffName().length() > NAME_LIMIT) {
            return invalid("an acknowledgement needs id, entryId, staffId, staffName (at most " + NAME_LIMIT
                    + " characters), seatCode and acknowledgedAt");
        }
        // R-SH-2: the seat is the session's, so an acknowledgement "at the seat" proves presence there.
        String problem = sameCaller(caller, op, a.id(), a.staffId(), a.seatCode());
        if (problem != null) {
            return forbidden(problem);
        }
        HandoverEntry entry = store.handoverEntry(a.entryId()).filter(e -> caller.seesRegion(e.region())).orElse(null);
        if (entry == null) {
            return new PushService.Outcome.Rejected("not_found", "no such handover entry");
        }
        if (entry.authorId().equals(caller.staffId())) {
            return forbidden("the author of a handover entry cannot acknowledge it: the successor does");
        }
        if (store.exists(op.entity(), a.id())) {
            return invalid("an acknowledgement with this id exists already");
        }
        return accepted(() -> store.insert(a), entry.region(), a);
    }

    private static PushService.Outcome notice(ShiftLogHubStore store, Caller caller, Operation op) {
        if (!NoticeService.mayPublish(caller.role())) {
            return forbidden("the role " + caller.role() + " does not publish notices");
        }
        Notice n = read(op, Notice.class);
        if (n == null || n.id() == null || n.kind() == null || n.title() == null || n.body() == null
                || n.validFrom() == null || n.validUntil() == null || n.authorId() == null || n.authorName() == null
                || n.region() == null || n.publishedAt() == null) {
            return invalid("a notice needs id, kind, title, body, validFrom, validUntil, authorId, authorName, region "
                    + "and publishedAt");
        }
        if (n.title().isBlank() || n.title().length() > NoticeService.TITLE_LIMIT || n.body().isBlank()
                || n.body().length() > NoticeService.BODY_LIMIT || n.authorName().length() > NAME_LIMIT) {
            return invalid("title must be 1 to " + NoticeService.TITLE_LIMIT + " characters, body 1 to "
                    + NoticeService.BODY_LIMIT + ", authorName at most " + NAME_LIMIT);
        }
        if (!n.validUntil().isAfter(n.validFrom())) {
            return invalid("validUntil must be after validFrom");
        }
        if (!op.entityId().equals(n.id()) || !n.authorId().equals(caller.staffId())) {
            return forbidden("a notice is published by the person logged in, under its own id");
        }
        // R-SH-3: HQ's notices are for every desk (the feed sends them to every region); a regional
        // desk's stay in its region.
        if (n.centreWide() ? !caller.hq() : !caller.region().equals(n.region())) {
            return forbidden("a notice is for the region of the desk that publishes it, or for every region when HQ publishes it");
        }
        if (store.exists(op.entity(), n.id())) {
            return invalid("a notice with this id exists already");
        }
        return accepted(() -> store.insert(n), n.region(), n);
    }

    private static PushService.Outcome receipt(ShiftLogHubStore store, Caller caller, Operation op) {
        if (caller.isWall()) {
            return forbidden("the wall display reads no notices on anyone's behalf");
        }
        NoticeReceipt r = read(op, NoticeReceipt.class);
        if (r == null || r.id() == null || r.noticeId() == null || r.staffId() == null || r.staffName() == null
                || r.seatCode() == null || r.readAt() == null || r.staffName().length() > NAME_LIMIT) {
            return invalid("a read receipt needs id, noticeId, staffId, staffName (at most " + NAME_LIMIT
                    + " characters), seatCode and readAt");
        }
        String problem = sameCaller(caller, op, r.id(), r.staffId(), r.seatCode());
        if (problem != null) {
            return forbidden(problem);
        }
        Notice notice = store.notice(r.noticeId()).filter(n -> n.centreWide() || caller.seesRegion(n.region())).orElse(null);
        if (notice == null) {
            return new PushService.Outcome.Rejected("not_found", "no such notice");
        }
        if (store.exists(op.entity(), r.id())) {
            return invalid("a receipt with this id exists already");
        }
        // A receipt goes to the reader's region: its monitor sees who has read (HQ sees every region).
        return accepted(() -> store.insert(r), notice.centreWide() ? caller.region() : notice.region(), r);
    }

    /// Null if the record is the caller's own, at the caller's seat, under the op's id.
    private static String sameCaller(Caller caller, Operation op, UUID id, UUID staffId, String seatCode) {
        if (!op.entityId().equals(id)) {
            return "entityId differs from the payload's id";
        }
        if (!staffId.equals(caller.staffId())) {
            return "written by the person logged in, never on someone else's behalf";
        }
        if (seatCode.length() > SEAT_LIMIT || !seatCode.equals(caller.seatCode())) {
            return "written at the seat of the login";
        }
        return null;
    }

    private static <T> T read(Operation op, Class<T> type) {
        try {
            return Json.MAPPER.treeToValue(op.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static PushService.Outcome accepted(Runnable write, String region, Object record) {
        try {
            return new PushService.Outcome.Accepted(write, 1, region, Json.MAPPER.writeValueAsString(record), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PushService.Outcome invalid(String message) {
        return new PushService.Outcome.Rejected("invalid_request", message);
    }

    private static PushService.Outcome forbidden(String message) {
        return new PushService.Outcome.Rejected("forbidden", message);
    }
}

package org.seatdesk.wall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncStore;
import org.seatdesk.ticket.Deadlines;
import org.seatdesk.ticket.HandlingStatus;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketStatus;
import org.slf4j.LoggerFactory;

/// The wall's side of sync: it keeps no database (it never writes, and the hub sends it only
/// redacted data), just what it shows, rebuilt from the hub's feed at every start. Pulled pages
/// are applied here in memory; the sync engine runs it like a seat's store.
public final class WallBoard implements SyncStore {

    private static final int NOTICES_SHOWN = 5;

    private final Deadlines deadlines;
    private final Map<UUID, Ticket> openTickets = new HashMap<>();
    private final Map<UUID, RollCallMark> marks = new LinkedHashMap<>();
    private final Map<UUID, Notice> notices = new LinkedHashMap<>();
    private long cursor;
    private HubContact contact;
    private Runnable onChange = () -> { };

    public WallBoard(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /// Runs on the sync engine's thread after a page changed what the wall shows.
    public synchronized void onChange(Runnable listener) {
        this.onChange = listener;
    }

    @Override
    public List<OutboxOperation> oldestPending(int limit) {
        return List.of(); // the wall writes nothing
    }

    @Override
    public void settle(List<Answered> answered, Instant at) {
        // nothing is ever pushed
    }

    @Override
    public synchronized long cursor() {
        return cursor;
    }

    @Override
    public int applyPage(List<Change> changes, long last) {
        Runnable listener;
        int applied = 0;
        synchronized (this) {
            for (Change change : changes) {
                if (change.seq() > cursor && applyReadable(change)) {
                    applied++;
                }
            }
            cursor = Math.max(cursor, last);
            listener = onChange;
        }
        if (applied > 0) {
            listener.run();
        }
        return applied;
    }

    /// A change the wall cannot read (an instant outside InstantRange, from a hub before that check)
    /// is skipped, so one row does not stop the wall at its cursor (issue "The console on a real desk").
    private boolean applyReadable(Change change) {
        try {
            return apply(change);
        } catch (IllegalArgumentException unreadable) {
            LoggerFactory.getLogger(WallBoard.class).error("Change {} ({} {}) cannot be read by the wall and is skipped: {}",
                    change.seq(), change.entity(), change.entityId(), unreadable.getMessage());
            return false;
        }
    }

    private boolean apply(Change change) {
        JsonNode payload = change.payload();
        switch (change.entity()) {
            case "ticket" -> {
                JsonNode ticket = payload.has("ticket") ? payload.get("ticket") : payload;
                if (!ticket.has("status")) {
                    return false; // a field-level update without the whole ticket: nothing to count
                }
                Ticket glance = Payloads.read(ticket, Ticket.class);
                if (glance.status() == TicketStatus.CLOSED) {
                    openTickets.remove(change.entityId());
                } else {
                    openTickets.put(change.entityId(), glance);
                }
                return true;
            }
            case "roll_call_mark" -> {
                RollCallMark mark = Payloads.read(payload, RollCallMark.class);
                marks.put(mark.id(), mark);
                return true;
            }
            case "notice" -> {
                // R-SH-3: the hub sends the wall a notice's title and validity, never its text or author.
                if (!payload.hasNonNull("title")) {
                    return false;
                }
                notices.put(change.entityId(), new Notice(payload.get("title").asText(), change.seq(),
                        instantOrNull(payload, "validFrom"), instantOrNull(payload, "validUntil")));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /// What to show at `now`: the roll call of the latest shift being called (the latest mark per
    /// person), its monitor, the counts, the newest notice titles.
    public synchronized WallSnapshot snapshot(Instant now) {
        Optional<RollCallMark> newest = marks.values().stream().max(Comparator.comparing(RollCallMark::markedAt));
        String shiftCode = newest.map(RollCallMark::shiftCode).orElse(null);
        LocalDate shiftDay = newest.map(RollCallMark::shiftDay).orElse(null);
        Map<UUID, RollCallMark> latestPerPerson = new LinkedHashMap<>();
        marks.values().stream()
                .filter(m -> m.shiftCode().equals(shiftCode) && m.shiftDay().equals(shiftDay))
                .sorted(Comparator.comparing(RollCallMark::markedAt))
                .forEach(m -> latestPerPerson.put(m.staffId(), m));
        List<RollCallMark> rollCall = new ArrayList<>(latestPerPerson.values());
        rollCall.sort(Comparator.comparing((RollCallMark m) -> m.seatCode() == null ? "~" : m.seatCode())
                .thenComparing(RollCallMark::staffNo));
        return new WallSnapshot(shiftCode, shiftDay, newest.map(RollCallMark::markedByName).orElse(null),
                List.copyOf(rollCall), counts(now), newestNotices(now));
    }

    private WallSnapshot.Counts counts(Instant now) {
        int late = 0;
        int urgent = 0;
        int callbacks = 0;
        for (Ticket t : openTickets.values()) {
            if (deadlines.isLate(t, now)) {
                late++;
            }
            if (t.level() == Level.URGENT) {
                urgent++;
            }
            // R-TK-7: every appointment-scheduled and unfinished ticket is verified by callback.
            if (t.handlingStatus() == HandlingStatus.APPOINTMENT_SCHEDULED || t.handlingStatus() == HandlingStatus.UNFINISHED) {
                callbacks++;
            }
        }
        return new WallSnapshot.Counts(openTickets.size(), late, urgent, callbacks);
    }

    /// The newest notices valid at `now` (R-SH-3: an expired or future notice is not on the wall).
    private List<String> newestNotices(Instant now) {
        return notices.values().stream().filter(n -> n.validAt(now))
                .sorted(Comparator.comparingLong(Notice::seq).reversed())
                .limit(NOTICES_SHOWN).map(Notice::title).toList();
    }

    @Override
    public synchronized void recordHubContact(Instant at, Duration clockOffset) {
        contact = new HubContact(at, clockOffset);
    }

    @Override
    public synchronized Optional<HubContact> lastHubContact() {
        return Optional.ofNullable(contact);
    }

    @Override
    public int openConflicts() {
        return 0;
    }

    private record Notice(String title, long seq, Instant validFrom, Instant validUntil) {

        boolean validAt(Instant now) {
            return (validFrom == null || !now.isBefore(validFrom)) && (validUntil == null || now.isBefore(validUntil));
        }
    }

    private static Instant instantOrNull(JsonNode payload, String field) {
        try {
            return payload.hasNonNull(field) ? Instant.parse(payload.get(field).asText()) : null;
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }
}

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
                if (change.seq() > cursor && apply(change)) {
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
                // Seam for the notices feature (R-SH-3): shown once the hub allow-lists "title".
                if (!payload.hasNonNull("title")) {
                    return false;
                }
                notices.put(change.entityId(), new Notice(payload.get("title").asText(), change.seq()));
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
                List.copyOf(rollCall), counts(now), newestNotices());
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

    private List<String> newestNotices() {
        return notices.values().stream().sorted(Comparator.comparingLong(Notice::seq).reversed())
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

    private record Notice(String title, long seq) {
    }
}

package org.seatdesk.hub;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/// The change feed as one caller may see it (sync principle 3, design principle 7): filtered by
/// region (HQ sees all) and by the record kinds of the caller's role (`FeedPolicy`), redacted for
/// the wall, paged by sequence number.
final class Feed {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 1000;

    private final HubStore store;

    Feed(HubStore store) {
        this.store = store;
    }

    record Page(List<Change> changes, long last, boolean hasMore) {
    }

    /// `last` is the cursor the caller may store: every change up to it that the caller may see
    /// is in this page or an earlier one. The counter is read first: all changes up to it have
    /// committed (they commit with it), so nothing below `last` can still appear.
    Page page(Caller caller, long after, int limit) {
        long upTo = store.lastSeq();
        List<Change> rows = store.changesAfter(after, upTo, caller.hq() ? null : caller.region(), limit + 1);
        boolean hasMore = rows.size() > limit;
        if (hasMore) {
            rows = rows.subList(0, limit);
            return new Page(visible(caller, rows), rows.getLast().seq(), true);
        }
        return new Page(visible(caller, rows), Math.max(after, upTo), false);
    }

    static boolean visibleTo(Caller caller, Change change) {
        if (!FeedPolicy.receives(caller.role(), change.entity())) {
            return false;
        }
        return Change.EVERY_REGION.equals(change.region()) || caller.seesRegion(change.region());
    }

    private static List<Change> visible(Caller caller, List<Change> rows) {
        return FeedPolicy.filters(caller.role()) ? rows.stream().filter(c -> visibleTo(caller, c)).toList() : rows;
    }

    /// Who may be handed the same rendering of a change (the event streams render each change once
    /// per audience, not once per stream): every caller but the wall gets the stored payload, the
    /// wall its redaction, and a colleague's leave request is rendered for that caller alone.
    enum Audience {
        EVERYONE,
        WALL,
        THIS_CALLER
    }

    static Audience audience(Caller caller, Change change) {
        if (LeaveNotes.mayHide(caller, change.entity())) {
            return Audience.THIS_CALLER;
        }
        return caller.isWall() ? Audience.WALL : Audience.EVERYONE;
    }

    /// One element of `changes`, as `/changes` and the event stream send it.
    /// Everyone gets the stored payload as it is (the hub wrote it, as JSON): parsing and writing
    /// it again for every change of every page was a tenth of a catch-up's work at the hub. The
    /// wall's is parsed and redacted, and so is a colleague's leave request (`LeaveNotes`).
    static ObjectNode element(Caller caller, Change change) {
        ObjectNode node = Json.MAPPER.createObjectNode()
                .put("seq", change.seq())
                .put("entity", change.entity())
                .put("entityId", change.entityId().toString())
                .put("kind", change.kind())
                .put("version", change.version());
        switch (audience(caller, change)) {
            case EVERYONE -> node.putRawValue("payload", new RawValue(change.payload()));
            case WALL -> node.set("payload", Redaction.forWall(change.entity(), change.kind(), parsed(change)));
            case THIS_CALLER -> node.set("payload", LeaveNotes.forCaller(caller, (ObjectNode) parsed(change)));
        }
        return node;
    }

    private static JsonNode parsed(Change change) {
        try {
            return Json.MAPPER.readTree(change.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload of seq " + change.seq() + " is not JSON", e);
        }
    }
}

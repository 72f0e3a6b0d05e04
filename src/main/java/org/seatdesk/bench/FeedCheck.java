package org.seatdesk.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.seatdesk.sync.HubClient;
import org.seatdesk.sync.HubWire.Change;
import org.seatdesk.sync.HubWire.ChangePage;

/// After a hub benchmark: pulls the whole change feed (an HQ login sees every region) and looks
/// for every acknowledged operation — exactly once each (sync principle 2).
final class FeedCheck {

    private FeedCheck() {
    }

    record Result(long feedChanges, long acked, long lost, long duplicated) {

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("feed_changes", feedChanges);
            map.put("ops_acked", acked);
            map.put("ops_lost", lost);
            map.put("ops_duplicated", duplicated);
            return map;
        }
    }

    /// @param acked keys of acknowledged ops: ticket id of a CREATE, event id of an APPEND, op id
    ///              of an UPDATE (carried after {@link PushClient#EDIT_MARK} in its description)
    static Result verify(HubClient hq, Collection<UUID> acked) {
        Map<UUID, Integer> seen = new HashMap<>();
        long changes = 0;
        long cursor = 0;
        ChangePage page;
        do {
            page = hq.changes(cursor, 1000);
            for (Change c : page.changes()) {
                changes++;
                UUID key = key(c);
                if (key != null) {
                    seen.merge(key, 1, Integer::sum);
                }
            }
            cursor = Math.max(cursor, page.last());
        } while (page.hasMore());
        long lost = 0;
        long duplicated = 0;
        for (UUID key : acked) {
            int n = seen.getOrDefault(key, 0);
            if (n == 0) {
                lost++;
            } else if (n > 1) {
                duplicated++;
            }
        }
        return new Result(changes, acked.size(), lost, duplicated);
    }

    private static UUID key(Change c) {
        if ("ticket".equals(c.entity()) && "UPDATE".equals(c.kind())) {
            String d = c.payload().path("changes").path("description").asText("");
            return d.startsWith(PushClient.EDIT_MARK) ? UUID.fromString(d.substring(PushClient.EDIT_MARK.length())) : null;
        }
        return c.entityId(); // ticket CREATE: the ticket id; ticket_event APPEND: the event id
    }
}

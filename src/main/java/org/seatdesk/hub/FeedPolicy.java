package org.seatdesk.hub;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.seatdesk.security.Role;

/// Which record kinds each role receives on `/changes` and `/events` (R-SEC-1, design principle 7;
/// domain.md's roles table; the table is in hub-api.md, "Roles"). A role gets what its console
/// shows and nothing more: the quality inspector and the KB editor work at supervisor consoles
/// without a ticket page (pages QUALITY / KNOWLEDGE_BASE, ROSTER, NOTICES), so tickets, their
/// history, calls and the handover log — which carry customers' names, phones, addresses and
/// descriptions — never reach them. The wall receives what the room's screen shows, redacted
/// field by field (`Redaction`). A role missing from the table receives nothing.
final class FeedPolicy {

    /// Everything of the caller's region: the people who take, follow up and oversee calls.
    private static final Set<String> ALL = Set.of("*");
    /// R-SH-3 notices and the person's own reading of them; the roster page's requests (R-LV, R-SW).
    private static final Set<String> STAFF_RECORDS = Set.of("notice", "notice_receipt", "leave_request",
            "swap_request", "roster_decision", "roster_edit");
    /// R-KB-1, R-KB-2: the published articles and the editors' records.
    private static final Set<String> KNOWLEDGE_BASE = Set.of("kb_article", "kb_step", "kb_revision", "kb_material",
            "kb_material_chunk", "kb_category");
    /// R-KB-2: the original material (up to 10 MiB a file, ADR 0023) reaches only those who keep
    /// it — the KB editors and the centre director, who attaches notices as they arrive. Agents,
    /// the callback desk, shift monitors and department directors, who receive every other kind,
    /// would only store megabytes their consoles never show.
    private static final Set<String> MATERIAL = Set.of("kb_material", "kb_material_chunk");
    private static final Set<Role> MATERIAL_READERS = EnumSet.of(Role.KB_EDITOR, Role.CENTRE_DIRECTOR);

    private static final Map<Role, Set<String>> RECEIVES = new EnumMap<>(Map.of(
            Role.AGENT, ALL,
            Role.CALLBACK_DESK, ALL,
            Role.SHIFT_MONITOR, ALL,
            Role.DEPARTMENT_DIRECTOR, ALL,
            Role.CENTRE_DIRECTOR, ALL,
            Role.QUALITY_INSPECTOR, STAFF_RECORDS,
            Role.KB_EDITOR, union(STAFF_RECORDS, KNOWLEDGE_BASE)));

    private FeedPolicy() {
    }

    static boolean receives(Role role, String entity) {
        if (role == Role.WALL) {
            return Redaction.sentToWall(entity);
        }
        if (MATERIAL.contains(entity) && !MATERIAL_READERS.contains(role)) {
            return false;
        }
        Set<String> kinds = RECEIVES.getOrDefault(role, Set.of());
        return kinds == ALL || kinds.contains(entity);
    }

    /// True when some record kinds are kept from this role (its pages are filtered one by one).
    static boolean filters(Role role) {
        return RECEIVES.get(role) != ALL || !MATERIAL_READERS.contains(role);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Set.copyOf(java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.Times.instant;
import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.ROSTER_EDIT;
import static org.seatdesk.store.jooq.Tables.SHIFT_ASSIGNMENT;
import static org.seatdesk.store.jooq.Tables.SHIFT_TYPE;
import static org.seatdesk.store.jooq.Tables.STAFF;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.seatdesk.roster.RosterEdit;
import org.seatdesk.store.jooq.tables.records.RosterEditRecord;
import org.seatdesk.store.jooq.tables.records.ShiftAssignmentRecord;
import org.seatdesk.sync.Payloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The director's roster edits (ADR 0018) and the plan they give: `shift_assignment` holds, for
/// each person and day, the newest edit in the hub's order. Rows pulled from the hub carry its
/// sequence number; a seat's own rows have none until they come back, and until then they are
/// the newest (whatever the seat pulls meanwhile was ordered before them).
final class RosterEdits {

    private static final Logger LOG = LoggerFactory.getLogger(RosterEdits.class);

    private RosterEdits() {
    }

    static RosterEditRecord toRecord(RosterEdit e, Long hubSeq) {
        return new RosterEditRecord(e.id(), e.staffId(), e.workDay(), e.shiftCode(), e.seatCode(), e.editedBy(),
                utc(e.editedAt()), hubSeq);
    }

    static RosterEdit toEdit(RosterEditRecord r) {
        return new RosterEdit(r.getId(), r.getStaffId(), r.getWorkDay(), r.getShiftCode(), r.getSeatCode(),
                r.getEditedBy(), instant(r.getEditedAt()));
    }

    /// Makes `edit` the plan of its person and day.
    static void plan(DSLContext tx, RosterEdit edit) {
        tx.deleteFrom(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.STAFF_ID.eq(edit.staffId()).and(SHIFT_ASSIGNMENT.WORK_DAY.eq(edit.workDay())))
                .execute();
        if (edit.shiftCode() == null) {
            return;
        }
        // A seat that lacks the person or the shift type keeps the edit but cannot plan it: a
        // failed insert would stop every later change of the feed at this seat.
        if (!tx.fetchExists(STAFF, STAFF.ID.eq(edit.staffId())) || !tx.fetchExists(SHIFT_TYPE, SHIFT_TYPE.CODE.eq(edit.shiftCode()))) {
            LOG.warn("Roster edit {} names a person or shift type this seat does not have; kept, not planned", edit.id());
            return;
        }
        tx.executeInsert(new ShiftAssignmentRecord(edit.staffId(), edit.workDay(), edit.shiftCode(), edit.seatCode()));
    }

    /// A roster edit from the hub's feed at `seq`: stored (or, when it is this seat's own coming
    /// back, given its place in the hub's order), then the newest edit of that day is the plan.
    /// True if the plan or the edits changed.
    static boolean applyPulled(DSLContext tx, long seq, JsonNode payload) {
        RosterEdit edit = Payloads.read(payload, RosterEdit.class);
        Optional<RosterEditRecord> known = tx.selectFrom(ROSTER_EDIT).where(ROSTER_EDIT.ID.eq(edit.id())).fetchOptional();
        if (known.isPresent() && known.get().getHubSeq() != null) {
            return false; // delivered twice
        }
        if (known.isPresent()) {
            tx.update(ROSTER_EDIT).set(ROSTER_EDIT.HUB_SEQ, seq).where(ROSTER_EDIT.ID.eq(edit.id())).execute();
        } else {
            tx.executeInsert(toRecord(edit, seq));
        }
        planNewest(tx, edit.staffId(), edit.workDay());
        return true;
    }

    /// Plans again, between `from` and `to`, each day that has an edit the hub's directory could
    /// not contain (ADR 0024): this seat's own not yet back, or one pulled after `asOfSeq`. The
    /// directory's plan has every edit up to `asOfSeq`; these are newer, so they stay the plan.
    static void replanNewerThan(DSLContext tx, LocalDate from, LocalDate to, long asOfSeq) {
        tx.selectDistinct(ROSTER_EDIT.STAFF_ID, ROSTER_EDIT.WORK_DAY).from(ROSTER_EDIT)
                .where(ROSTER_EDIT.WORK_DAY.between(from, to)
                        .and(ROSTER_EDIT.HUB_SEQ.isNull().or(ROSTER_EDIT.HUB_SEQ.gt(asOfSeq))))
                .fetch().forEach(cell -> planNewest(tx, cell.value1(), cell.value2()));
    }

    /// The hub refused this seat's edit `id` (what was typed stays in `sync_rejected`): it must not
    /// stay the newest of its day, or every directory refresh would plan it again over the hub's
    /// plan. The day's newest remaining edit is planned at once; with none left, the hub's plan
    /// comes back with the next directory.
    static void withdrawRefused(DSLContext tx, UUID id) {
        Optional<RosterEditRecord> refused = tx.selectFrom(ROSTER_EDIT)
                .where(ROSTER_EDIT.ID.eq(id).and(ROSTER_EDIT.HUB_SEQ.isNull())).fetchOptional();
        if (refused.isEmpty()) {
            return;
        }
        tx.deleteFrom(ROSTER_EDIT).where(ROSTER_EDIT.ID.eq(id)).execute();
        UUID staffId = refused.get().getStaffId();
        LocalDate day = refused.get().getWorkDay();
        if (tx.fetchExists(ROSTER_EDIT, ROSTER_EDIT.STAFF_ID.eq(staffId).and(ROSTER_EDIT.WORK_DAY.eq(day)))) {
            planNewest(tx, staffId, day);
        }
    }

    private static void planNewest(DSLContext tx, UUID staffId, LocalDate day) {
        // Own rows not yet back (hub_seq null) first, newest first; then the hub's order, newest first.
        RosterEditRecord newest = tx.selectFrom(ROSTER_EDIT)
                .where(ROSTER_EDIT.STAFF_ID.eq(staffId).and(ROSTER_EDIT.WORK_DAY.eq(day)))
                .orderBy(ROSTER_EDIT.HUB_SEQ.desc().nullsFirst(), ROSTER_EDIT.EDITED_AT.desc(), ROSTER_EDIT.ID.desc())
                .limit(1).fetchSingle();
        plan(tx, toEdit(newest));
    }
}

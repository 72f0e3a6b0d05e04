package org.seatdesk.hub;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.seatdesk.roster.RosterEdit;
import org.seatdesk.roster.RosterLedger;

/// The hub's checks on a pushed roster edit (ADR 0018): only the department director changes the
/// roster (domain.md roles table: "scheduling"), the edit is the caller's own, for a person of a
/// region the caller sees, with a shift type the centre has. Edits are append-only: a later edit
/// of the same day is another record and wins by its place in the feed, so none conflicts.
final class RosterEditRules {

    private RosterEditRules() {
    }

    static PushService.Outcome decide(RosterLedger ledger, Caller caller, Operation op) {
        if (!RosterEdit.mayEdit(caller.role())) {
            return PushService.forbidden("only the department director changes the roster, not the role " + caller.role());
        }
        RosterEdit e;
        try {
            e = Json.MAPPER.treeToValue(op.payload(), RosterEdit.class);
        } catch (JsonProcessingException | IllegalArgumentException bad) {
            return PushService.rejected("invalid_request", "the payload is not a roster edit");
        }
        if (e.id() == null || e.staffId() == null || e.workDay() == null || e.editedBy() == null || e.editedAt() == null) {
            return PushService.rejected("invalid_request", "a roster edit needs id, staffId, workDay, editedBy and editedAt");
        }
        if (!e.id().equals(op.entityId())) {
            return PushService.rejected("invalid_request", "entityId differs from the payload's id");
        }
        if (tooLong(e.shiftCode()) || tooLong(e.seatCode())) {
            return PushService.rejected("invalid_request", "shiftCode and seatCode are at most " + RosterEdit.CODE_MAX + " characters");
        }
        if (!e.editedBy().equals(caller.staffId())) {
            return PushService.forbidden("a roster edit is made by the person logged in");
        }
        Optional<String> region = ledger.regionOf(e.staffId());
        if (region.isEmpty() || !caller.seesRegion(region.get())) {
            // Not "forbidden": that would confirm that the person exists in another region.
            return PushService.rejected("not_found", "no such member of staff");
        }
        if (e.shiftCode() != null && !ledger.shiftTypeExists(e.shiftCode())) {
            return PushService.rejected("invalid_request", "no such shift type");
        }
        if (ledger.recordExists(e.id())) {
            return PushService.rejected("invalid_request", "a record with this id exists already");
        }
        return new PushService.Outcome.Accepted(() -> ledger.insert(e), 1, region.get(), PushService.write(e), null);
    }

    private static boolean tooLong(String code) {
        return code != null && (code.isBlank() || code.length() > RosterEdit.CODE_MAX);
    }
}

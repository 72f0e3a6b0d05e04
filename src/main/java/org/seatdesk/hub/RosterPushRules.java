package org.seatdesk.hub;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.Decision;
import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RequestKind;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterLedger;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;
import org.seatdesk.roster.Verdict;
import org.seatdesk.roster.rules.ApprovalAuthority;
import org.seatdesk.roster.rules.LeaveRules;
import org.seatdesk.roster.rules.SameWorkTypeAndGrade;
import org.seatdesk.roster.rules.SquadLeadersKnown;
import org.seatdesk.roster.rules.SwapRules;
import org.seatdesk.roster.rules.WhoMayRequest;
import org.seatdesk.security.Staff;

/// The hub's checks on pushed leave and swap requests and decisions (issue 5): who may ask
/// (R-LV-3), who may decide (R-LV-2, R-SW-1), the facts of a request (R-SW-1 squads, R-SW-4 work
/// type and grade), and at each approval every rule of `LeaveRules` / `SwapRules` on the hub's
/// roster with the centre's settings, as the approving seat ran them. Notice periods are judged
/// by when the request was made (`requestedAt`), so one made offline keeps its place. Requests
/// and decisions are append-only: they never conflict.
final class RosterPushRules {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private RosterPushRules() {
    }

    static PushService.Outcome decide(HubStore.PushTransaction tx, Caller caller, Operation op) {
        try {
            return switch (op.entity()) {
                case "leave_request" -> leave(tx.roster(), caller, op, Json.MAPPER.treeToValue(op.payload(), LeaveRequest.class));
                case "swap_request" -> swap(tx.roster(), caller, op, Json.MAPPER.treeToValue(op.payload(), SwapRequest.class));
                default -> decision(tx.roster(), tx.rosterPolicy(), caller, op,
                        Json.MAPPER.treeToValue(op.payload(), Decision.class));
            };
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return PushService.rejected("invalid_request", "the payload is not a " + op.entity());
        }
    }

    private static PushService.Outcome leave(RosterLedger ledger, Caller caller, Operation op, LeaveRequest l) {
        if (l.id() == null || l.staffId() == null || l.requestedBy() == null || l.kind() == null || l.firstDay() == null
                || l.lastDay() == null || l.requestedAt() == null) {
            return PushService.rejected("invalid_request",
                    "a leave request needs id, staffId, requestedBy, kind, firstDay, lastDay and requestedAt");
        }
        String problem = common(l.id(), op, l.note(), ledger);
        if (problem == null && (l.lastDay().isBefore(l.firstDay()) || l.days() > 31)) {
            problem = "lastDay must be on or after firstDay, at most 31 days";
        }
        if (problem != null) {
            return PushService.rejected("invalid_request", problem);
        }
        if (!l.requestedBy().equals(caller.staffId())) {
            return PushService.forbidden("a leave request is made by the person logged in");
        }
        Optional<String> region = ledger.regionOf(l.staffId());
        if (region.isEmpty() || !caller.seesRegion(region.get())) {
            return PushService.rejected("not_found", "no such member of staff");
        }
        RosterFacts facts = ledger.facts(l.firstDay(), l.lastDay());
        Optional<Refusal> refusal = new WhoMayRequest().check(l, facts, RosterPolicy.standard()); // R-LV-3
        if (refusal.isPresent()) {
            return forbidden(refusal.get());
        }
        return new PushService.Outcome.Accepted(() -> ledger.insert(l), 1, region.get(), PushService.write(l), null);
    }

    private static PushService.Outcome swap(RosterLedger ledger, Caller caller, Operation op, SwapRequest s) {
        if (s.id() == null || s.requesterId() == null || s.partnerId() == null || s.requesterDay() == null
                || s.partnerDay() == null || s.requestedAt() == null) {
            return PushService.rejected("invalid_request",
                    "a swap request needs id, requesterId, partnerId, requesterDay, partnerDay and requestedAt");
        }
        String problem = common(s.id(), op, s.note(), ledger);
        if (problem != null) {
            return PushService.rejected("invalid_request", problem);
        }
        if (!s.requesterId().equals(caller.staffId())) {
            return PushService.forbidden("a swap is asked for by the person logged in");
        }
        Optional<String> region = ledger.regionOf(s.requesterId());
        if (region.isEmpty() || ledger.regionOf(s.partnerId()).isEmpty() || s.requesterId().equals(s.partnerId())) {
            return PushService.rejected("invalid_request", "the partner must be another member of staff");
        }
        RosterFacts facts = ledger.facts(s.requesterDay(), s.requesterDay());
        Optional<Refusal> refusal = new SquadLeadersKnown().check(s, facts, RosterPolicy.standard())  // R-SW-1
                .or(() -> new SameWorkTypeAndGrade().check(s, facts, RosterPolicy.standard()));     // R-SW-4
        if (refusal.isPresent()) {
            return forbidden(refusal.get());
        }
        return new PushService.Outcome.Accepted(() -> ledger.insert(s), 1, region.get(), PushService.write(s), null);
    }

    private static PushService.Outcome decision(RosterLedger ledger, RosterPolicy policy, Caller caller, Operation op,
                                                Decision d) {
        if (d.id() == null || d.requestId() == null || d.requestKind() == null || d.decidedBy() == null
                || d.verdict() == null || d.decidedAt() == null) {
            return PushService.rejected("invalid_request",
                    "a decision needs id, requestId, requestKind, decidedBy, verdict and decidedAt");
        }
        String problem = common(d.id(), op, d.note(), ledger);
        if (problem != null) {
            return PushService.rejected("invalid_request", problem);
        }
        if (!d.decidedBy().equals(caller.staffId())) {
            return PushService.forbidden("a decision is made by the person logged in");
        }
        RosterFacts facts = ledger.factsAround(d.requestId()).orElse(null);
        Staff decider = facts == null ? null : facts.staff(caller.staffId()).orElse(null);
        if (decider == null) {
            return PushService.rejected("not_found", "no such request");
        }
        Optional<LeaveRequest> leave = facts.leave(d.requestId());
        Optional<SwapRequest> swap = facts.swap(d.requestId());
        if ((d.requestKind() == RequestKind.LEAVE) != leave.isPresent()) {
            return PushService.rejected("invalid_request", "requestKind does not match the request");
        }
        Optional<Refusal> refusal = leave.isPresent() ? ApprovalAuthority.mayDecide(decider, leave.get(), facts) // R-LV-2
                : ApprovalAuthority.mayDecide(decider, swap.orElseThrow(), facts);                               // R-SW-1
        if (refusal.isEmpty() && d.verdict() == Verdict.APPROVED) {
            // Every rule again, on the roster as the hub holds it: two approvers deciding offline
            // each saw only their own approvals (e.g. a third swap in a month, R-SW-2), and a seat
            // may have skipped its checks. The seats run the same classes before they push.
            refusal = leave.isPresent() ? LeaveRules.check(leave.get(), facts, policy) : SwapRules.check(swap.get(), facts, policy);
        }
        if (refusal.isPresent()) {
            return forbidden(refusal.get());
        }
        String region = ledger.regionOf(leave.map(LeaveRequest::staffId).orElseGet(() -> swap.get().requesterId()))
                .orElse(caller.region());
        return new PushService.Outcome.Accepted(() -> ledger.insert(d), 1, region, PushService.write(d), null);
    }

    /// Null when the id, the note and uniqueness are fine; otherwise what is wrong.
    private static String common(java.util.UUID id, Operation op, String note, RosterLedger ledger) {
        if (!id.equals(op.entityId())) {
            return "entityId differs from the payload's id";
        }
        if (note != null && note.length() > LeaveRequest.NOTE_MAX) {
            return "note is longer than " + LeaveRequest.NOTE_MAX + " characters";
        }
        return ledger.recordExists(id) ? "a record with this id exists already" : null;
    }

    private static PushService.Outcome forbidden(Refusal refusal) {
        return PushService.forbidden(refusal.ruleId() + ": " + ENGLISH.get(refusal.messageKey(), refusal.args().toArray()));
    }
}

package org.seatdesk.hub;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.seatdesk.dutylog.DutyLogEntry;
import org.seatdesk.dutylog.DutyLogService;
import org.seatdesk.dutylog.Escalation;
import org.seatdesk.dutylog.EscalationLadder;
import org.seatdesk.rollcall.DisciplineRecord;
import org.seatdesk.rollcall.RollCallMark;
import org.seatdesk.security.Role;

/// The hub's checks on the room's records (issue 5): roll-call marks and discipline records by
/// the shift monitor (R-SH-1, R-SH-4), duty-log entries (R-SH-5) and escalations that go up the
/// ladder or skip levels only in an emergency (R-SEC-2). Each record is written by the person
/// logged in; all are append-only and never conflict.
final class RoomPushRules {

    private static final int MAX_MINUTES = 24 * 60;

    private RoomPushRules() {
    }

    static PushService.Outcome decide(RoomLedger ledger, Caller caller, Operation op) {
        try {
            return switch (op.entity()) {
                case "roll_call_mark" -> mark(ledger, caller, op, Json.MAPPER.treeToValue(op.payload(), RollCallMark.class));
                case "discipline_record" ->
                        discipline(ledger, caller, op, Json.MAPPER.treeToValue(op.payload(), DisciplineRecord.class));
                case "duty_log_entry" -> entry(ledger, caller, op, Json.MAPPER.treeToValue(op.payload(), DutyLogEntry.class));
                default -> escalation(ledger, caller, op, Json.MAPPER.treeToValue(op.payload(), Escalation.class));
            };
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return PushService.rejected("invalid_request", "the payload is not a " + op.entity());
        }
    }

    private static PushService.Outcome mark(RoomLedger ledger, Caller caller, Operation op, RollCallMark m) {
        if (!HubPolicy.mayCallRoll(caller.role())) {
            return PushService.forbidden("only the shift monitor calls the roll");
        }
        if (m.id() == null || m.shiftDay() == null || m.staffId() == null || m.mark() == null || m.markedBy() == null
                || m.markedAt() == null) {
            return PushService.rejected("invalid_request", "a mark needs id, shiftDay, staffId, mark, markedBy and markedAt");
        }
        String problem = common(ledger, op, m.id(), m.markedBy(), caller);
        if (problem == null) {
            problem = firstProblem(text(m.shiftCode(), 8, "shiftCode"), text(m.staffNo(), 16, "staffNo"),
                    text(m.staffName(), 64, "staffName"), text(m.markedByName(), 64, "markedByName"),
                    m.seatCode() != null && m.seatCode().length() > 8 ? "seatCode is too long" : null,
                    m.minutesLate() < 0 || m.minutesLate() > MAX_MINUTES ? "minutesLate must be 0 to 1440" : null);
        }
        return problem != null ? refusal(problem) : accepted(() -> ledger.add(m), caller, m);
    }

    private static PushService.Outcome discipline(RoomLedger ledger, Caller caller, Operation op, DisciplineRecord d) {
        if (!HubPolicy.mayCallRoll(caller.role())) {
            return PushService.forbidden("only the shift monitor records discipline");
        }
        if (d.id() == null || d.staffId() == null || d.kind() == null || d.shiftDay() == null || d.recordedBy() == null
                || d.recordedAt() == null) {
            return PushService.rejected("invalid_request",
                    "a discipline record needs id, staffId, kind, shiftDay, recordedBy and recordedAt");
        }
        String problem = common(ledger, op, d.id(), d.recordedBy(), caller);
        if (problem == null) {
            problem = firstProblem(text(d.shiftCode(), 8, "shiftCode"), text(d.staffNo(), 16, "staffNo"),
                    text(d.staffName(), 64, "staffName"),
                    d.minutes() <= 0 || d.minutes() > MAX_MINUTES ? "minutes must be 1 to 1440" : null);
        }
        return problem != null ? refusal(problem) : accepted(() -> ledger.add(d), caller, d);
    }

    private static PushService.Outcome entry(RoomLedger ledger, Caller caller, Operation op, DutyLogEntry e) {
        if (!HubPolicy.mayKeepDutyLog(caller.role())) {
            return PushService.forbidden("the role " + caller.role() + " does not keep the duty log");
        }
        if (e.id() == null || e.shiftDay() == null || e.category() == null || e.authorId() == null || e.writtenAt() == null) {
            return PushService.rejected("invalid_request", "an entry needs id, shiftDay, category, authorId and writtenAt");
        }
        String problem = common(ledger, op, e.id(), e.authorId(), caller);
        if (problem == null) {
            problem = firstProblem(text(e.shiftCode(), 8, "shiftCode"), text(e.text(), DutyLogService.TEXT_LIMIT, "text"),
                    text(e.authorName(), 64, "authorName"));
        }
        return problem != null ? refusal(problem) : accepted(() -> ledger.add(e), caller, e);
    }

    private static PushService.Outcome escalation(RoomLedger ledger, Caller caller, Operation op, Escalation e) {
        if (e.id() == null || e.shiftDay() == null || e.raisedBy() == null || e.fromRole() == null || e.toRole() == null
                || e.raisedAt() == null) {
            return PushService.rejected("invalid_request",
                    "an escalation needs id, shiftDay, raisedBy, fromRole, toRole and raisedAt");
        }
        String problem = common(ledger, op, e.id(), e.raisedBy(), caller);
        if (problem == null) {
            problem = firstProblem(text(e.shiftCode(), 8, "shiftCode"), text(e.subject(), DutyLogService.TEXT_LIMIT, "subject"),
                    text(e.raisedByName(), 64, "raisedByName"));
        }
        if (problem != null) {
            return refusal(problem);
        }
        if (caller.role() == Role.WALL || e.fromRole() != caller.role() && e.informs() == null) {
            return PushService.forbidden("an escalation starts at the role of the person logged in");
        }
        if (e.informs() == null) {
            // R-SEC-2: step by step; a skipped level only in an emergency.
            var refused = EscalationLadder.refusal(e.fromRole(), e.toRole(), e.emergency());
            if (refused.isPresent()) {
                return PushService.forbidden(refused.get().equals("escalation.skipNeedsEmergency")
                        ? "skipping a level is allowed only in an emergency" : "an escalation goes to a superior");
            }
        } else {
            Escalation original = ledger.escalation(e.informs()).orElse(null);
            if (original == null || !EscalationLadder.skipped(original.fromRole(), original.toRole()).contains(e.toRole())) {
                return PushService.rejected("invalid_request", "informs must name an emergency escalation that skipped toRole");
            }
        }
        return accepted(() -> ledger.add(e), caller, e);
    }

    private static String common(RoomLedger ledger, Operation op, UUID id, UUID writer, Caller caller) {
        if (!id.equals(op.entityId())) {
            return "entityId differs from the payload's id";
        }
        if (!writer.equals(caller.staffId())) {
            return "forbidden";
        }
        return ledger.exists(id) ? "a record with this id exists already" : null;
    }

    private static PushService.Outcome refusal(String problem) {
        return problem.equals("forbidden")
                ? PushService.forbidden("a record is written by the person logged in")
                : PushService.rejected("invalid_request", problem);
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return field + " is required";
        }
        return value.length() > max ? field + " is longer than " + max : null;
    }

    private static String firstProblem(String... problems) {
        for (String problem : problems) {
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static PushService.Outcome accepted(Runnable write, Caller caller, Object record) {
        return new PushService.Outcome.Accepted(write, 1, caller.region(), PushService.write(record), null);
    }
}

package org.seatdesk.dutylog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.seatdesk.security.Staff;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;

/// The monitor's duty log (R-SH-5) and escalations with their record (R-SEC-2).
public final class DutyLogService {

    public static final int TEXT_LIMIT = 2000;

    private final DutyLogRepository repository;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public DutyLogService(DutyLogRepository repository, Clock clock, TimeOrderedIds ids) {
        this.repository = repository;
        this.clock = clock;
        this.ids = ids;
    }

    /// An entry; blank or over-long text is refused with the bundle key of the reason.
    public DutyLogEntry write(LocalDate day, String shiftCode, DutyLogCategory category, String text, Staff author) {
        String clean = checkedText(text);
        Instant now = now();
        DutyLogEntry entry = new DutyLogEntry(ids.next(), day, shiftCode, category, clean, author.id(), author.name(), now);
        repository.save(entry, OutboxOperation.create("duty_log_entry", entry.id(), Payloads.json(entry), ids.next(), now));
        return entry;
    }

    /// Reports a problem up (R-SEC-2): to the next level, or past levels when `emergency`.
    public Escalation escalate(LocalDate day, String shiftCode, Staff from, org.seatdesk.security.Role to,
                               boolean emergency, String subject) {
        String clean = checkedText(subject);
        Optional<String> refusal = EscalationLadder.refusal(from.role(), to, emergency);
        if (refusal.isPresent()) {
            throw new RefusedException(refusal.get());
        }
        return save(new Escalation(ids.next(), day, shiftCode, from.id(), from.name(), from.role(), to, emergency, null,
                clean, now()));
    }

    /// R-SEC-2: after an emergency, the superior it skipped is informed, and that is recorded too.
    public Escalation inform(Escalation emergency, org.seatdesk.security.Role skipped, Staff by, String note) {
        if (!EscalationLadder.skipped(emergency.fromRole(), emergency.toRole()).contains(skipped)) {
            throw new RefusedException("escalation.notSkipped");
        }
        String clean = note == null || note.isBlank() ? emergency.subject() : checkedText(note);
        return save(new Escalation(ids.next(), emergency.shiftDay(), emergency.shiftCode(), by.id(), by.name(), by.role(),
                skipped, false, emergency.id(), clean, now()));
    }

    public List<DutyLogEntry> entries(LocalDate day, String shiftCode) {
        return repository.entries(day, shiftCode);
    }

    public List<Escalation> escalations(LocalDate day, String shiftCode) {
        return repository.escalations(day, shiftCode);
    }

    /// A superior an emergency escalation skipped and who has not been informed yet.
    public record PendingNotice(Escalation emergency, org.seatdesk.security.Role superior) {
    }

    /// R-SEC-2: every skipped superior must be informed afterwards; these still wait.
    public static List<PendingNotice> pendingNotices(List<Escalation> escalations) {
        List<PendingNotice> pending = new ArrayList<>();
        for (Escalation e : escalations) {
            if (e.informs() != null) {
                continue;
            }
            for (org.seatdesk.security.Role superior : EscalationLadder.skipped(e.fromRole(), e.toRole())) {
                boolean informed = escalations.stream()
                        .anyMatch(n -> e.id().equals(n.informs()) && n.toRole() == superior);
                if (!informed) {
                    pending.add(new PendingNotice(e, superior));
                }
            }
        }
        return pending;
    }

    private Escalation save(Escalation escalation) {
        repository.save(escalation, OutboxOperation.create("escalation", escalation.id(), Payloads.json(escalation),
                ids.next(), escalation.raisedAt()));
        return escalation;
    }

    private static String checkedText(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new RefusedException("dutylog.textMissing");
        }
        if (clean.length() > TEXT_LIMIT) {
            throw new RefusedException("dutylog.textTooLong");
        }
        return clean;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /// A refusal with the bundle key of its reason, so the view shows it in the UI language.
    public static final class RefusedException extends RuntimeException {

        private final String key;

        public RefusedException(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}

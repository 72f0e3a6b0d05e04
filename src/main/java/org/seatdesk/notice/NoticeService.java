package org.seatdesk.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.seatdesk.security.Role;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Author;

/// R-SH-3: monitors and directors publish notices for a period; every agent reads the unread
/// ones at shift start and confirms; the monitor sees who has not read which. Synchronous: the
/// UI runs it on the database executor.
public final class NoticeService {

    /// R-SH-3: "monitors and directors publish notices" (the hub enforces it, the consoles offer it).
    private static final Set<Role> PUBLISHERS = EnumSet.of(Role.SHIFT_MONITOR, Role.DEPARTMENT_DIRECTOR,
            Role.CENTRE_DIRECTOR);

    public static final int TITLE_LIMIT = 200;
    public static final int BODY_LIMIT = 4000;

    private final NoticeRepository repository;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public NoticeService(NoticeRepository repository, Clock clock, TimeOrderedIds ids) {
        this.repository = repository;
        this.clock = clock;
        this.ids = ids;
    }

    public static boolean mayPublish(Role role) {
        return PUBLISHERS.contains(role);
    }

    /// Every problem of the draft at once, so the form can show them all at their fields.
    public List<NoticeProblem> check(NoticeDraft draft) {
        List<NoticeProblem> problems = new ArrayList<>();
        if (draft.kind() == null) {
            problems.add(new NoticeProblem(NoticeProblem.Field.KIND, NoticeProblem.Kind.REQUIRED, 0));
        }
        text(problems, NoticeProblem.Field.TITLE, draft.title(), TITLE_LIMIT);
        text(problems, NoticeProblem.Field.BODY, draft.body(), BODY_LIMIT);
        if (draft.validFrom() == null) {
            problems.add(new NoticeProblem(NoticeProblem.Field.VALID_FROM, NoticeProblem.Kind.REQUIRED, 0));
        }
        if (draft.validUntil() == null) {
            problems.add(new NoticeProblem(NoticeProblem.Field.VALID_UNTIL, NoticeProblem.Kind.REQUIRED, 0));
        } else if ((draft.validFrom() != null && !draft.validUntil().isAfter(draft.validFrom()))
                || !draft.validUntil().isAfter(clock.instant())) {
            problems.add(new NoticeProblem(NoticeProblem.Field.VALID_UNTIL, NoticeProblem.Kind.ENDS_TOO_EARLY, 0));
        }
        return problems;
    }

    private static void text(List<NoticeProblem> problems, NoticeProblem.Field field, String value, int limit) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new NoticeProblem(field, NoticeProblem.Kind.REQUIRED, 0));
        } else if (text.length() > limit) {
            problems.add(new NoticeProblem(field, NoticeProblem.Kind.TOO_LONG, limit));
        }
    }

    /// R-SH-3: publishes a notice for the publisher's region (for every region when published at
    /// HQ, the nationwide tier), or throws and publishes nothing.
    public Notice publish(NoticeDraft draft, Author publisher) {
        List<NoticeProblem> problems = check(draft);
        if (!problems.isEmpty()) {
            throw new InvalidNoticeException(problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        Notice notice = new Notice(ids.next(), draft.kind(), draft.title().strip(), draft.body().strip(),
                draft.validFrom().truncatedTo(ChronoUnit.MICROS), draft.validUntil().truncatedTo(ChronoUnit.MICROS),
                publisher.staffId(), publisher.name(),
                repository.isHqDesk(publisher.deskId()) ? Notice.CENTRE_WIDE : publisher.region(), now);
        repository.publish(notice, OutboxOperation.create("notice", notice.id(), Payloads.json(notice), ids.next(), now));
        return notice;
    }

    /// R-SH-3: what the reader still has to read, shown at login (shift start).
    public List<Notice> unread(Author reader) {
        return repository.unreadBy(reader.staffId(), clock.instant(), reader.region());
    }

    /// R-SH-3: the reader confirms having read these notices; one receipt each, in one transaction.
    public void confirmRead(List<Notice> notices, Author reader) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<NoticeReceipt, OutboxOperation> receipts = new LinkedHashMap<>();
        for (Notice notice : notices) {
            NoticeReceipt receipt = new NoticeReceipt(ids.next(), notice.id(), reader.staffId(), reader.name(),
                    reader.seatCode(), now);
            receipts.put(receipt, OutboxOperation.create("notice_receipt", receipt.id(), Payloads.json(receipt),
                    ids.next(), now));
        }
        if (!receipts.isEmpty()) {
            repository.confirm(receipts);
        }
    }

    /// The notices valid now in the reader's region (HQ's included), newest first.
    public List<Notice> current(String region) {
        return repository.validAt(clock.instant(), region);
    }

    /// The wall's line of notices: titles of the newest `limit` valid notices (no body, no author).
    public List<String> latestTitles(int limit) {
        return repository.latestTitles(clock.instant(), limit);
    }

    /// R-SH-3: for the monitor, each current notice of the region with who has and has not read it.
    public List<NoticeReading> readings(String region) {
        Map<java.util.UUID, String> readers = repository.readers(region);
        List<NoticeReading> readings = new ArrayList<>();
        for (Notice notice : current(region)) {
            List<NoticeReceipt> receipts = repository.receipts(notice.id());
            Set<java.util.UUID> read = receipts.stream().map(NoticeReceipt::staffId).collect(Collectors.toSet());
            List<String> readBy = receipts.stream().map(NoticeReceipt::staffName).distinct().toList();
            List<String> notYet = readers.entrySet().stream().filter(e -> !read.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            readings.add(new NoticeReading(notice, readBy, notYet));
        }
        return readings;
    }
}

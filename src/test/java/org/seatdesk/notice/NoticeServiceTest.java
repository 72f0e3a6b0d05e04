package org.seatdesk.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatdesk.store.jooq.Tables.NOTICE;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.security.Role;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqNoticeRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;
import org.seatdesk.testing.MutableClock;
import org.seatdesk.ticket.Author;

/// R-SH-3 on a real H2 file: notices valid for a period, unread ones per reader, receipts, and
/// the monitor's list of who has not read which notice.
class NoticeServiceTest {

    @TempDir
    Path dir;
    private Database db;
    private NoticeService notices;
    private final MutableClock clock = new MutableClock(Fixtures.MORNING);
    private Author monitor;
    private Author lin;
    private Author chen;

    @BeforeEach
    void open() {
        db = Database.openFile(dir, "seat");
        notices = new NoticeService(new JooqNoticeRepository(db), clock, new TimeOrderedIds(clock));
        TestData.insertDesk(db, "HQ", "CN");
        UUID linId = TestData.insertStaff(db, "A001", "李晓燕", "HQ", "S07", "x", true);
        UUID chenId = TestData.insertStaff(db, "A002", "陈思远", "HQ", "S08", "x", true);
        TestData.insertStaff(db, "A099", "离职员工", "HQ", null, "x", false);
        monitor = new Author(UUID.randomUUID(), "周建华", "S01", "HQ", "CN");
        lin = new Author(linId, "李晓燕", "S07", "HQ", "CN");
        chen = new Author(chenId, "陈思远", "S08", "HQ", "CN");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private NoticeDraft draft(String title, Instant from, Instant until) {
        return new NoticeDraft(NoticeKind.BUSINESS_CHANGE, title, "自下周一起费率调整。", from, until);
    }

    @Test
    void aPublishedNoticeIsUnreadUntilTheReaderConfirms_R_SH_3() {
        Notice notice = notices.publish(draft("费率调整", clock.instant(), clock.instant().plus(Duration.ofDays(7))), monitor);
        assertThat(TestData.outboxFor(db, notice.id())).extracting(OutboxOperation::entity).containsExactly("notice");
        assertThat(notices.unread(lin)).containsExactly(notice);

        clock.advance(Duration.ofMinutes(5));
        notices.confirmRead(notices.unread(lin), lin);

        assertThat(notices.unread(lin)).isEmpty();
        assertThat(notices.unread(chen)).containsExactly(notice);
        assertThat(TestData.outbox(db)).extracting(OutboxOperation::entity).containsExactly("notice", "notice_receipt");
    }

    @Test
    void theMonitorSeesWhoHasNotReadWhichNotice_R_SH_3() {
        Notice notice = notices.publish(draft("费率调整", clock.instant(), clock.instant().plus(Duration.ofDays(1))), monitor);
        notices.confirmRead(List.of(notice), chen);

        List<NoticeReading> readings = notices.readings("CN");

        assertThat(readings).hasSize(1);
        assertThat(readings.getFirst().readBy()).containsExactly("陈思远");
        assertThat(readings.getFirst().notYetReadBy()).as("active agents only").containsExactly("李晓燕");
    }

    @Test
    void onlyNoticesValidNowAreShownAndTheWallGetsTheirTitlesNewestFirst_R_SH_3() {
        Instant now = clock.instant();
        notices.publish(draft("旧通知", now, now.plus(Duration.ofHours(1))), monitor);
        clock.advance(Duration.ofMinutes(1));
        notices.publish(draft("新通知", now, now.plus(Duration.ofDays(3))), monitor);
        notices.publish(draft("下周通知", now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(9))), monitor);
        clock.advance(Duration.ofHours(2));

        assertThat(notices.current("CN")).extracting(Notice::title).containsExactly("新通知");
        assertThat(notices.unread(lin)).extracting(Notice::title).containsExactly("新通知");
        assertThat(notices.latestTitles(5)).containsExactly("新通知");
    }

    @Test
    void aNoticeWithoutTitleOrEndingBeforeItStartsIsRefusedWhole_R_SH_3() {
        Instant now = clock.instant();
        assertThatThrownBy(() -> notices.publish(new NoticeDraft(null, " ", "正文", now, now.minusSeconds(1)), monitor))
                .isInstanceOfSatisfying(InvalidNoticeException.class, e -> assertThat(e.problems()).extracting(NoticeProblem::field)
                        .containsExactly(NoticeProblem.Field.KIND, NoticeProblem.Field.TITLE, NoticeProblem.Field.VALID_UNTIL));
        assertThat(notices.check(draft("x".repeat(NoticeService.TITLE_LIMIT + 1), now, now.plusSeconds(60))))
                .containsExactly(new NoticeProblem(NoticeProblem.Field.TITLE, NoticeProblem.Kind.TOO_LONG, NoticeService.TITLE_LIMIT));
        assertThat(TestData.count(db, NOTICE)).isZero();
    }

    @Test
    void monitorsAndDirectorsPublishOthersDoNot_R_SH_3() {
        assertThat(List.of(Role.values())).filteredOn(NoticeService::mayPublish)
                .containsExactly(Role.SHIFT_MONITOR, Role.DEPARTMENT_DIRECTOR, Role.CENTRE_DIRECTOR);
    }
}

package org.seatdesk.dutylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.i18n.Messages;
import org.seatdesk.roster.RosterScenario;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqDutyLogRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.TimeOrderedIds;

/// The monitor's duty log (R-SH-5) and escalations (R-SEC-2) with the seat's real repository on
/// an H2 file: each record is stored with its outbox operation in one transaction and read back
/// for its shift; bad text is refused with the bundle key and nothing is stored; an emergency that
/// skipped superiors has notices pending until every one of them is informed.
class DutyLogServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private Database db;
    private DutyLogService log;
    private final Staff monitor = RosterScenario.person("M001", "周建华", Role.SHIFT_MONITOR, Grade.SENIOR, "SUPERVISION");
    private final Staff agent = RosterScenario.person("A001", "李晓燕", Role.AGENT, Grade.INTERMEDIATE, "INBOUND");

    @BeforeEach
    void open() {
        db = Database.openFile(dir, "seat");
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T02:00:00.123456789Z"), ZoneOffset.UTC);
        log = new DutyLogService(new JooqDutyLogRepository(db), clock, new TimeOrderedIds(clock));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEntryIsStoredWithItsOutboxOperationAndReadBackForItsShift_R_SH_5() {
        DutyLogEntry entry = log.write(DAY, "DAY", DutyLogCategory.SYSTEM_PROBLEM, "  工单系统 10:05 至 10:20 无法登录，已报信息科。\n",
                monitor);

        assertThat(entry.text()).as("stored without the surrounding blanks").isEqualTo("工单系统 10:05 至 10:20 无法登录，已报信息科。");
        assertThat(log.entries(DAY, "DAY")).as("read back equal, from the file").containsExactly(entry);
        assertThat(log.entries(DAY, "NIGHT")).as("another shift's log").isEmpty();
        assertThat(log.entries(DAY.plusDays(1), "DAY")).as("another day's log").isEmpty();
        List<OutboxOperation> ops = TestData.outbox(db);
        assertThat(ops).singleElement().satisfies(op -> {
            assertThat(op.entity()).isEqualTo("duty_log_entry");
            assertThat(op.entityId()).isEqualTo(entry.id());
            assertThat(op.kind()).isEqualTo(OutboxOperation.Kind.CREATE);
            assertThat(op.payload()).contains("工单系统", "SYSTEM_PROBLEM");
        });
    }

    @Test
    void entriesOfAShiftComeInTheOrderTheyWereWritten_R_SH_5() {
        DutyLogEntry first = log.write(DAY, "DAY", DutyLogCategory.SEAT_ARRANGEMENT, "S07 调至 S12", monitor);
        DutyLogEntry second = log.write(DAY, "DAY", DutyLogCategory.COMPLAINT, "客户投诉已转二线", monitor);
        log.write(DAY, "NIGHT", DutyLogCategory.OTHER, "夜班无异常", monitor);

        assertThat(log.entries(DAY, "DAY")).containsExactly(first, second);
        assertThat(TestData.outboxRows(db)).isEqualTo(3);
    }

    @Test
    void anEntryAndItsOutboxOperationAreOneTransaction_R_SH_5() {
        DutyLogEntry kept = log.write(DAY, "DAY", DutyLogCategory.EVENT, "第一条", monitor);
        UUID takenOpId = TestData.outbox(db).getFirst().opId();
        DutyLogEntry lost = new DutyLogEntry(UUID.randomUUID(), DAY, "DAY", DutyLogCategory.EVENT, "第二条", monitor.id(),
                monitor.name(), Instant.parse("2026-11-24T02:01:00Z"));
        // An outbox operation that cannot be written (its op id is taken): the entry must not stay either.
        OutboxOperation clash = OutboxOperation.create("duty_log_entry", lost.id(), "{}", takenOpId, lost.writtenAt());

        assertThatThrownBy(() -> new JooqDutyLogRepository(db).save(lost, clash)).isInstanceOf(RuntimeException.class);
        assertThat(log.entries(DAY, "DAY")).containsExactly(kept);
        assertThat(TestData.outboxRows(db)).isEqualTo(1);
    }

    @Test
    void blankTextIsRefusedWithItsBundleKeyAndNothingIsStored_R_SH_5() {
        for (String blank : new String[] {null, "", "   ", "\n\t　"}) {
            assertThatThrownBy(() -> log.write(DAY, "DAY", DutyLogCategory.EVENT, blank, monitor))
                    .isInstanceOfSatisfying(DutyLogService.RefusedException.class,
                            e -> assertThat(e.key()).isEqualTo("dutylog.textMissing"));
        }
        assertThat(log.entries(DAY, "DAY")).isEmpty();
        assertThat(TestData.outboxRows(db)).isZero();
        assertThat(new Messages(Locale.ENGLISH).get("dutylog.textMissing")).isNotBlank().doesNotContain("dutylog.");
    }

    @Test
    void textOverTheLimitIsRefusedAndTextAtTheLimitIsStored_R_SH_5() {
        String atLimit = "值".repeat(DutyLogService.TEXT_LIMIT);

        assertThatThrownBy(() -> log.write(DAY, "DAY", DutyLogCategory.EVENT, atLimit + "班", monitor))
                .isInstanceOfSatisfying(DutyLogService.RefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("dutylog.textTooLong"));
        assertThat(TestData.outboxRows(db)).isZero();
        assertThat(new Messages(Locale.ENGLISH).get("dutylog.textTooLong")).contains("2,000");

        DutyLogEntry stored = log.write(DAY, "DAY", DutyLogCategory.EVENT, "  " + atLimit + "  ", monitor);
        assertThat(log.entries(DAY, "DAY")).extracting(DutyLogEntry::text).containsExactly(atLimit);
        assertThat(stored.text()).hasSize(DutyLogService.TEXT_LIMIT);
    }

    @Test
    void aStepUpIsStoredWithItsOutboxOperationAndNeedsNoNotice_R_SEC_2() {
        Escalation up = log.escalate(DAY, "DAY", monitor, Role.DEPARTMENT_DIRECTOR, false, "二号机房空调停机");

        assertThat(log.escalations(DAY, "DAY")).containsExactly(up);
        assertThat(TestData.outboxFor(db, up.id())).singleElement()
                .satisfies(op -> assertThat(op.entity()).isEqualTo("escalation"));
        assertThat(DutyLogService.pendingNotices(log.escalations(DAY, "DAY"))).isEmpty();
    }

    @Test
    void skippingALevelWithoutAnEmergencyIsRefusedAndNothingIsStored_R_SEC_2() {
        assertThatThrownBy(() -> log.escalate(DAY, "DAY", agent, Role.CENTRE_DIRECTOR, false, "系统全部瘫痪"))
                .isInstanceOfSatisfying(DutyLogService.RefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("escalation.skipNeedsEmergency"));
        assertThatThrownBy(() -> log.escalate(DAY, "DAY", agent, Role.DEPARTMENT_DIRECTOR, true, " "))
                .isInstanceOfSatisfying(DutyLogService.RefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("dutylog.textMissing"));
        assertThat(log.escalations(DAY, "DAY")).isEmpty();
        assertThat(TestData.outboxRows(db)).isZero();
    }

    @Test
    void anEmergencyHasNoticesPendingUntilEverySkippedSuperiorIsInformed_R_SEC_2() {
        Escalation emergency = log.escalate(DAY, "DAY", agent, Role.CENTRE_DIRECTOR, true, "系统全部瘫痪");

        assertThat(pending()).as("the monitor and the department director were skipped")
                .containsExactly(Role.SHIFT_MONITOR, Role.DEPARTMENT_DIRECTOR);
        assertThatThrownBy(() -> log.inform(emergency, Role.CENTRE_DIRECTOR, agent, null))
                .isInstanceOfSatisfying(DutyLogService.RefusedException.class,
                        e -> assertThat(e.key()).isEqualTo("escalation.notSkipped"));

        Escalation toMonitor = log.inform(emergency, Role.SHIFT_MONITOR, agent, null);
        assertThat(toMonitor.informs()).isEqualTo(emergency.id());
        assertThat(toMonitor.subject()).as("no note: the emergency's subject").isEqualTo("系统全部瘫痪");
        assertThat(pending()).as("informed one of two").containsExactly(Role.DEPARTMENT_DIRECTOR);

        Escalation toDirector = log.inform(emergency, Role.DEPARTMENT_DIRECTOR, agent, "已恢复，事后报告");
        assertThat(pending()).as("every skipped superior informed").isEmpty();
        assertThat(log.escalations(DAY, "DAY")).as("all three stored, oldest first")
                .containsExactly(emergency, toMonitor, toDirector);
        assertThat(TestData.outbox(db)).extracting(OutboxOperation::entityId)
                .containsExactly(emergency.id(), toMonitor.id(), toDirector.id());
    }

    /// The superiors still to be informed, as the view computes them from what the file holds.
    private List<Role> pending() {
        return DutyLogService.pendingNotices(log.escalations(DAY, "DAY")).stream()
                .map(DutyLogService.PendingNotice::superior).toList();
    }
}

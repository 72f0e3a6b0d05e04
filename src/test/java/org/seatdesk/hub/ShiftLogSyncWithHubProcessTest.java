package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.handover.HandoverAck;
import org.seatdesk.handover.HandoverCategory;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeDraft;
import org.seatdesk.notice.NoticeKind;
import org.seatdesk.notice.NoticeReading;
import org.seatdesk.notice.NoticeService;
import org.seatdesk.store.Database;
import org.seatdesk.store.JooqNoticeRepository;
import org.seatdesk.store.TestData;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.SyncEngine;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Author;

/// End to end with a real hub process (`hub --demo`): notices (R-SH-3) travel from the monitor's
/// console to an agent's seat and the agent's read receipt back to the monitor's list; the hub
/// refuses what a role may not do (R-SEC-1) and gives the wall notice titles only.
class ShiftLogSyncWithHubProcessTest {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    /// A console as the seat command builds one (TestSeat), with its notices service.
    private final class Console {
        final TestSeat seat;
        final NoticeService notices;
        final Author author;
        final Database db;
        final SyncEngine engine;

        Console(Path dir, HubProcess hub, String staffNo, String seatCode) {
            seat = new TestSeat(dir, hub.base, staffNo, seatCode);
            open.add(seat);
            db = seat.db;
            engine = seat.engine;
            author = seat.author;
            notices = new NoticeService(new JooqNoticeRepository(db), Clock.systemUTC(), new TimeOrderedIds(Clock.systemUTC()));
        }

        <T> T onDb(Supplier<T> work) {
            return seat.onDb(work);
        }
    }

    @Test
    void aNoticePublishedAtTheMonitorIsUnreadAtAnAgentsLoginAndTheReceiptReachesTheMonitor_R_SH_3(@TempDir Path dir)
            throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            Console monitor = new Console(dir.resolve("m001"), hub, "M001", "S01");
            Instant now = Instant.now();
            Notice notice = monitor.onDb(() -> monitor.notices.publish(new NoticeDraft(NoticeKind.POLICY,
                    "重申交接班制度", "接班人到岗后方可离岗。", now.minusSeconds(60), now.plus(Duration.ofDays(7))), monitor.author));
            monitor.engine.syncOnce();
            assertThat(TestData.outboxRows(monitor.db)).isZero();
            assertThat(TestData.rejectedText(monitor.db)).isEqualTo("[]");

            // The agent logs in at S07: the seat syncs, and the notice is among the unread ones.
            Console agent = new Console(dir.resolve("a001"), hub, "A001", "S07");
            agent.engine.syncOnce();
            // (The demo hub's seeded notices come too: DemoFeed puts them in the feed.)
            List<Notice> unread = agent.onDb(() -> agent.notices.unread(agent.author)).stream()
                    .filter(n -> n.id().equals(notice.id())).toList();
            assertThat(unread).extracting(Notice::id).containsExactly(notice.id());
            assertThat(unread.getFirst().body()).isEqualTo("接班人到岗后方可离岗。");

            agent.onDb(() -> {
                agent.notices.confirmRead(unread, agent.author);
                return null;
            });
            agent.engine.syncOnce();
            assertThat(TestData.rejectedText(agent.db)).isEqualTo("[]");
            assertThat(agent.onDb(() -> agent.notices.unread(agent.author))).extracting(Notice::id)
                    .doesNotContain(notice.id());

            monitor.engine.syncOnce();
            NoticeReading reading = monitor.onDb(() -> monitor.notices.readings("CN")).getFirst();
            assertThat(reading.notice().id()).isEqualTo(notice.id());
            assertThat(reading.readBy()).containsExactly("李晓燕");
            assertThat(reading.notYetReadBy()).doesNotContain("李晓燕").contains("陈思远");
        }
    }

    @Test
    void theHubChecksRolesWritersAndSeatsAndTheWallGetsNoticeTitlesOnly_R_SH_2_R_SH_3(@TempDir Path dir) throws Exception {
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo")) {
            org.seatdesk.hub.HubClient client = new org.seatdesk.hub.HubClient(hub.base);
            JsonNode agentLogin = client.login("A001", "demo").json();
            String agent = agentLogin.get("token").asText();
            String colleague = client.token("A002");
            String monitor = client.token("M001");
            String wall = client.token("W001");
            UUID agentId = UUID.fromString(agentLogin.get("staffId").asText());
            String agentSeat = agentLogin.get("seatCode").asText();
            JsonNode monitorLogin = client.login("M001", "demo").json();
            UUID monitorId = UUID.fromString(monitorLogin.get("staffId").asText());
            long before = client.last(wall);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

            Notice byAgent = new Notice(Ops.id(), NoticeKind.POLICY, "我自己发的通知", "正文", now, now.plusSeconds(3600),
                    agentId, "李晓燕", "CN", now);
            Notice byMonitor = new Notice(Ops.id(), NoticeKind.BUSINESS_CHANGE, "费率调整", "身份证号 110101199003078888 的客户",
                    now, now.plusSeconds(3600), monitorId, "周建华", "CN", now);
            HandoverEntry entry = new HandoverEntry(Ops.id(), HandoverCategory.EQUIPMENT_STATUS, "耳机有杂音", List.of(),
                    agentId, "李晓燕", agentSeat, "CN", now);
            HandoverAck ownAck = new HandoverAck(Ops.id(), entry.id(), agentId, "李晓燕", agentSeat, now);
            HandoverEntry elsewhere = new HandoverEntry(Ops.id(), HandoverCategory.PERSONNEL, "另一个座席", List.of(),
                    agentId, "李晓燕", "S99", "CN", now);

            JsonNode results = client.push(agent, List.of(op("notice", byAgent.id(), byAgent), op("handover_entry", entry.id(), entry),
                    op("handover_ack", ownAck.id(), ownAck), op("handover_entry", elsewhere.id(), elsewhere))).json().get("results");
            assertThat(results).extracting(r -> r.get("status").asText() + " " + r.path("reason").asText())
                    .containsExactly("rejected forbidden", "accepted ", "rejected forbidden", "rejected forbidden");

            JsonNode published = client.push(monitor, List.of(op("notice", byMonitor.id(), byMonitor))).json().get("results");
            assertThat(published.get(0).get("status").asText()).isEqualTo("accepted");
            JsonNode refused = client.push(colleague, List.of(op("notice_receipt", Ops.id(), new org.seatdesk.notice.NoticeReceipt(
                    Ops.id(), byMonitor.id(), agentId, "李晓燕", agentSeat, now)))).json().get("results");
            assertThat(refused.get(0).get("reason").asText()).as("a receipt on someone else's behalf").isEqualTo("forbidden");

            JsonNode feed = client.changes(wall, before, 1000).json().get("changes");
            JsonNode notice = null;
            for (JsonNode change : feed) {
                if (change.get("entity").asText().equals("notice")) {
                    notice = change.get("payload");
                }
                if (change.get("entity").asText().equals("handover_entry")) {
                    assertThat(change.get("payload").isEmpty()).as("the wall gets no handover entries").isTrue();
                }
            }
            assertThat(notice).isNotNull();
            assertThat(notice.get("title").asText()).isEqualTo("费率调整");
            assertThat(notice.toString()).doesNotContain("110101199003078888", "周建华", "authorId");
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode op(String entity, UUID id, Object record) {
        return Ops.op(entity, id, "CREATE", 0, Payloads.tree(Payloads.json(record)));
    }
}

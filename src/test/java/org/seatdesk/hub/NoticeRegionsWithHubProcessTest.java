package org.seatdesk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatdesk.demo.DemoCentre;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeDraft;
import org.seatdesk.notice.NoticeKind;
import org.seatdesk.notice.NoticeService;
import org.seatdesk.security.Grade;
import org.seatdesk.security.PasswordHasher;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;
import org.seatdesk.store.Database;
import org.seatdesk.store.DemoDataWriter;
import org.seatdesk.store.JooqHubStore;
import org.seatdesk.store.JooqNoticeRepository;
import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.testing.Fixtures;

/// R-SH-3 across the two tiers, through a real hub process: a notice published at HQ is in the
/// feed and the unread list of every regional desk, and a regional desk reads and confirms it; a
/// regional desk's notice stays in its region; only HQ publishes for every region.
class NoticeRegionsWithHubProcessTest {

    /// A shift monitor of the Guangdong desk: the demo centre's monitors all sit at HQ.
    private static final String GD_MONITOR = "M101";

    @Test
    void hqNoticesReachEveryRegionAndRegionalNoticesStayInTheirs_R_SH_3(@TempDir Path dir) throws Exception {
        seedHubWithARegionalMonitor(dir.resolve("hub"));
        try (HubProcess hub = HubProcess.start(dir.resolve("hub"), "--demo");
             TestSeat hq = new TestSeat(dir.resolve("m001"), hub.base, "M001", "S01");
             TestSeat gdMonitor = new TestSeat(dir.resolve("m101"), hub.base, GD_MONITOR, "S21");
             TestSeat guangdong = new TestSeat(dir.resolve("a009"), hub.base, "A009", "S11");
             TestSeat zhejiang = new TestSeat(dir.resolve("a012"), hub.base, "A012", "S14")) {
            Notice national = hq.onDb(() -> notices(hq).publish(draft("全国：银联手续费率调整"), hq.author));
            Notice regional = gdMonitor.onDb(() -> notices(gdMonitor).publish(draft("广东：台风期间上门暂停"), gdMonitor.author));
            assertThat(national.region()).as("published at HQ: for every desk").isEqualTo(Notice.CENTRE_WIDE);
            assertThat(regional.region()).isEqualTo("CN-GD");
            assertThat(hq.engine.syncOnce().rejected()).isZero();
            assertThat(gdMonitor.engine.syncOnce().rejected()).isZero();

            guangdong.engine.syncOnce();
            zhejiang.engine.syncOnce();
            assertThat(guangdong.onDb(() -> notices(guangdong).unread(guangdong.author))).extracting(Notice::id)
                    .contains(national.id(), regional.id());
            assertThat(zhejiang.onDb(() -> notices(zhejiang).unread(zhejiang.author))).extracting(Notice::id)
                    .contains(national.id()).doesNotContain(regional.id());

            // The Guangdong agent confirms HQ's notice: the hub knows it (no "not found").
            guangdong.onDb(() -> {
                notices(guangdong).confirmRead(List.of(national), guangdong.author);
                return null;
            });
            assertThat(guangdong.engine.syncOnce().rejected()).isZero();
            assertThat(guangdong.onDb(() -> notices(guangdong).unread(guangdong.author))).extracting(Notice::id)
                    .doesNotContain(national.id());

            HubClient client = new HubClient(hub.base);
            assertThat(noticeIds(HubLedger.read(client, client.token("A012")))).contains(national.id().toString())
                    .doesNotContain(regional.id().toString());
            assertThat(noticeIds(HubLedger.read(client, client.token("W001")))).as("the wall shows HQ's notices")
                    .contains(national.id().toString());

            // A regional desk cannot speak for the whole centre.
            Notice overreach = new Notice(UUID.randomUUID(), NoticeKind.POLICY, "全国通知", "正文", Instant.now(),
                    Instant.now().plus(Duration.ofDays(1)), gdMonitor.author.staffId(), gdMonitor.author.name(),
                    Notice.CENTRE_WIDE, Instant.now());
            HubClient.Reply refused = client.push(client.token(GD_MONITOR), List.of(Ops.created("notice", overreach.id(), overreach)));
            assertThat(refused.json().get("results").get(0).get("status").asText()).isEqualTo("rejected");
            assertThat(refused.json().get("results").get(0).get("reason").asText()).isEqualTo("forbidden");
        }
    }

    private static NoticeService notices(TestSeat seat) {
        return new NoticeService(new JooqNoticeRepository(seat.db), Clock.systemUTC(), new TimeOrderedIds(Clock.systemUTC()));
    }

    private static NoticeDraft draft(String title) {
        Instant now = Instant.now();
        return new NoticeDraft(NoticeKind.BUSINESS_CHANGE, title, title + "，详见知识库。", now.minus(Duration.ofMinutes(1)),
                now.plus(Duration.ofDays(3)));
    }

    private static List<String> noticeIds(HubLedger ledger) {
        return ledger.changes().stream().filter(c -> "notice".equals(c.get("entity").asText()))
                .map(c -> c.get("entityId").asText()).toList();
    }

    /// The demo centre, plus a monitor at the Guangdong desk, in the hub's H2 file before it starts.
    private static void seedHubWithARegionalMonitor(Path hubDir) {
        try (Database db = Database.openFile(hubDir, "hub")) {
            PasswordHasher hasher = new PasswordHasher();
            new DemoDataWriter(db).seedIfEmpty(() -> new DemoCentre(DemoCentre.DEFAULT_SEED, Clock.systemUTC(),
                    Fixtures.CENTRE_ZONE).generate(hasher));
            new JooqHubStore(db).addStaffIfMissing(new Staff(UUID.randomUUID(), GD_MONITOR, "冯国栋", Role.SHIFT_MONITOR,
                    Grade.SENIOR, "SUPERVISION", "GD", "CN-GD", "S21", true), hasher.hash(DemoCentre.DEMO_PASSWORD));
        }
    }
}

package org.seatdesk.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.seatdesk.handover.HandoverAck;
import org.seatdesk.handover.HandoverCategory;
import org.seatdesk.handover.HandoverEntry;
import org.seatdesk.notice.Notice;
import org.seatdesk.notice.NoticeKind;
import org.seatdesk.notice.NoticeReceipt;
import org.seatdesk.security.Staff;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;

/// The demo centre's handover log (R-SH-2) and notices (R-SH-3), in Chinese and English: entries
/// of the last night at the demo agent's seat S07 still waiting for the successor, one complete
/// handover, and notices: A001 has read them all (the demo opens on the tickets), A002 has two
/// still unread (a login as A002 shows them first, R-SH-3).
/// Deterministic for a given centre, clock and zone.
public final class DemoShiftLog {

    private final DemoCentre.Data centre;
    private final Clock clock;
    private final ZoneId zone;

    public DemoShiftLog(DemoCentre.Data centre, Clock clock, ZoneId zone) {
        this.centre = centre;
        this.clock = clock;
        this.zone = zone;
    }

    public record Data(List<HandoverEntry> entries, List<HandoverAck> acks, List<Notice> notices,
                       List<NoticeReceipt> receipts) {
    }

    public Data generate() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<HandoverEntry> entries = new ArrayList<>();
        List<HandoverAck> acks = new ArrayList<>();
        String complaint = openTicket(TicketType.COMPLAINT);
        String request = openTicket(TicketType.BUSINESS_REQUEST);

        entries.add(entry(1, "A005", "S07", HandoverCategory.EQUIPMENT_STATUS,
                "7 号座席耳机左声道有杂音，已报 IT（报修单 IT-1124）。备用耳机在柜子第二层。", List.of(), now.minus(hours(1))));
        entries.add(entry(2, "A005", "S07", HandoverCategory.DIFFICULT_PROBLEM,
                "商户多次来电投诉打印纸未送达，已催办二级客服；对方承诺今天 12:00 前送到，请接班后回访确认。",
                list(complaint), now.minus(hours(2))));
        HandoverEntry personnel = entry(3, "A006", "S08", HandoverCategory.PERSONNEL,
                "张敏今天下午请假，S04 座席由王磊顶岗到 16:00。", List.of(), now.minus(hours(3)));
        entries.add(personnel);
        acks.add(ack(1, personnel, "A002", "S08", now.minus(Duration.ofMinutes(50))));
        HandoverEntry business = entry(4, "A003", "S03", HandoverCategory.BUSINESS_CHANGE,
                "From tomorrow the bank's card-activation line moves to option 3; the KB script is updated.",
                List.of(), now.minus(hours(4)));
        entries.add(business);
        acks.add(ack(2, business, "A004", "S04", now.minus(Duration.ofMinutes(40))));
        entries.add(entry(5, "A007", "S09", HandoverCategory.CUSTOMER_COMPLAINT,
                "商户投诉上门维修人员未按预约时间到达，已登记投诉工单，72 小时内须回访。", list(request), now.minus(hours(5))));
        entries.add(entry(6, "M001", "S01", HandoverCategory.PROCESS_OR_EQUIPMENT_CHANGE,
                "Ticket system maintenance tonight 23:00–23:30: take calls on the paper form and enter them afterwards.",
                List.of(), now.minus(hours(6))));

        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Notice> notices = List.of(
                notice(1, "M001", NoticeKind.BUSINESS_CHANGE, "关于银联商户手续费率调整的通知",
                        "自下周一起，银联标准类商户借记卡手续费率调整为 0.5%，封顶 20 元。客户咨询时请按知识库"
                                + "“费率说明”条目解答，不要承诺个别优惠。", today.minusDays(1), today.plusDays(6), now.minus(hours(20))),
                notice(2, "D001", NoticeKind.POLICY, "重申交接班制度：接班人到岗后方可离岗",
                        "根据《客服中心交接班制度》，交班人须在接班人到达座席并确认交接记录后方可离开。"
                                + "未经确认擅自离岗超过 20 分钟的，按违纪处理。", today.minusDays(3), today.plusDays(27), now.minus(hours(70))),
                notice(3, "M001", NoticeKind.POLICY, "New Year's Day duty roster published",
                        "The holiday duty roster for 1 January is on the roster page. Staff on holiday duty can neither "
                                + "swap shifts nor take leave (R-SW-5).", today, today.plusDays(13), now.minus(hours(2))),
                notice(4, "M001", NoticeKind.BUSINESS_CHANGE, "双十一期间加班安排",
                        "双十一期间话务量大，请各班组按排班表加班。", today.minusDays(20), today.minusDays(5), now.minus(Duration.ofDays(20))));
        List<NoticeReceipt> receipts = List.of(
                receipt(1, notices.get(0), "A001", "S07", now.minus(Duration.ofMinutes(90))),
                receipt(2, notices.get(1), "A001", "S07", now.minus(Duration.ofMinutes(90))),
                receipt(3, notices.get(2), "A001", "S07", now.minus(Duration.ofMinutes(90))),
                receipt(4, notices.get(0), "A002", "S08", now.minus(hours(8))),
                receipt(5, notices.get(0), "A003", "S03", now.minus(hours(7))));
        return new Data(entries, acks, notices, receipts);
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    private static List<String> list(String number) {
        return number == null ? List.of() : List.of(number);
    }

    /// The newest open ticket of a type, to link (null if the centre has none).
    private String openTicket(TicketType type) {
        return centre.tickets().reversed().stream()
                .filter(t -> t.type() == type && t.status() != TicketStatus.CLOSED)
                .map(Ticket::number).findFirst().orElse(null);
    }

    private Staff staff(String staffNo) {
        return centre.staff(staffNo).orElseThrow(() -> new IllegalStateException("no demo staff " + staffNo));
    }

    private HandoverEntry entry(int n, String staffNo, String seat, HandoverCategory category, String body,
                                List<String> tickets, Instant at) {
        Staff author = staff(staffNo);
        return new HandoverEntry(id("handover", n), category, body, tickets, author.id(), author.name(), seat,
                author.region(), at);
    }

    private HandoverAck ack(int n, HandoverEntry entry, String staffNo, String seat, Instant at) {
        Staff reader = staff(staffNo);
        return new HandoverAck(id("ack", n), entry.id(), reader.id(), reader.name(), seat, at);
    }

    private Notice notice(int n, String staffNo, NoticeKind kind, String title, String body, LocalDate first,
                          LocalDate last, Instant published) {
        Staff author = staff(staffNo);
        // R-SH-3: what HQ publishes is read at every desk; a regional desk's notice stays in its region.
        boolean atHq = centre.desks().stream().anyMatch(d -> d.id().equals(author.deskId()) && d.tier() == DemoCentre.Tier.HQ);
        return new Notice(id("notice", n), kind, title, body, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), author.id(), author.name(),
                atHq ? Notice.CENTRE_WIDE : author.region(), published);
    }

    private NoticeReceipt receipt(int n, Notice notice, String staffNo, String seat, Instant at) {
        Staff reader = staff(staffNo);
        return new NoticeReceipt(id("receipt", n), notice.id(), reader.id(), reader.name(), seat, at);
    }

    private static UUID id(String kind, int n) {
        return UUID.nameUUIDFromBytes(("demo-shiftlog-" + kind + "-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}

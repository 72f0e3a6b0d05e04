package org.seatdesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.seatdesk.sync.TimeOrderedIds;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketNumber;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;

/// Realistic, reproducible ticket data (fixed seed): the mix of types, levels, identifiers and
/// phone formats a seat sees, every draft valid under the shipped R-TK-3 formats.
final class TicketFactory {

    private static final String[] REQUESTERS = {"北京银行朝阳支行", "中国工商银行西湖支行", "华润万家天河店", "招商银行深南支行",
        "永辉超市鼓楼店", "Huarun Supermarket", "建设银行浦东分行", "美宜佳便利店", "农业银行江北支行", "Café Nero Guangzhou"};
    private static final String[] STREETS = {"北京市朝阳区建国路88号", "杭州市西湖区文三路478号", "广州市天河区天河路208号",
        "深圳市福田区深南大道6008号", "上海市浦东新区陆家嘴环路1000号", "No. 88 Tianhe Road, Guangzhou", "成都市锦江区春熙路12号",
        "南京市鼓楼区中山北路30号", "武汉市江汉区解放大道690号", "重庆市渝中区解放碑步行街8号"};
    private static final String[] PEOPLE = {"王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄强", "Ms Chen", "Mr Lopez"};
    private static final String[] PROBLEMS = {"刷卡机无法开机，屏幕黑屏。", "打印纸用完，需要配送两箱。", "终端提示通讯失败，无法交易。",
        "商户要求更换新机型。", "Card reader dead since 9:00, customer waiting.", "密码键盘按键失灵，请派人上门检修。",
        "商户信息变更：营业执照名称已更改。", "撤机：商户已停止营业。", "交易成功但不出小票。", "Needs 2 rolls of paper and a new SIM."};
    /// International numbers as people write them, with spaces: "+44 20 " and eight digits etc.
    private static final String[] INTERNATIONAL = {"+44 20 ", "+34 91 ", "+852 2", "+1 415 "};
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Random random;
    private final ZoneId zone;

    TicketFactory(long seed, ZoneId zone) {
        this.random = new Random(seed);
        this.zone = zone;
    }

    /// A complete, valid intake form.
    TicketDraft draft() {
        TicketType type = type();
        String terminal = "";
        String merchant = "";
        String barcode = "";
        int ids = random.nextInt(10);
        if (ids < 6) {
            terminal = alnum(8);
            if (random.nextInt(20) == 0) {
                terminal = terminal.toLowerCase(Locale.ROOT); // accepted in any case (R-TK-3)
            }
        }
        if (ids >= 3 && ids < 9) {
            merchant = digits(15);
        }
        if (ids >= 8) {
            barcode = "POS" + alnum(7 + random.nextInt(10));
        }
        return new TicketDraft(type, random.nextInt(10) == 0 ? Level.URGENT : Level.NORMAL, pick(ServiceKind.values()),
                pick(RequesterKind.values()), pick(REQUESTERS), terminal, merchant, barcode, pick(STREETS), pick(PEOPLE),
                phone(), pick(PROBLEMS));
    }

    /// `count` stored tickets spread over the `days` days before `today` (none on `today`, so
    /// numbers never collide with those the console gives out), oldest first: the newest `open`
    /// are still NEW, the three times as many before them DISPATCHED (about a day of open work
    /// at 50,000 tickets), all older ones CLOSED.
    List<Ticket> history(int count, Instant now, int days, int seats, int open) {
        List<Ticket> tickets = new ArrayList<>(count);
        TimeOrderedIds ids = new TimeOrderedIds(java.time.Clock.fixed(now, zone));
        Instant start = now.atZone(zone).toLocalDate().minusDays(days).atStartOfDay(zone).toInstant();
        Instant end = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        long span = Duration.between(start, end).toMillis();
        int[][] counters = new int[days + 1][seats];
        for (int i = 0; i < count; i++) {
            Instant created = start.plusMillis(span * i / count + random.nextInt(1000));
            int seat = random.nextInt(seats);
            int day = (int) Duration.between(start, created).toDays();
            int counter = ++counters[Math.min(day, days)][seat];
            int fromNewest = count - 1 - i;
            TicketStatus status = fromNewest < open ? TicketStatus.NEW
                    : fromNewest < 4 * open ? TicketStatus.DISPATCHED : TicketStatus.CLOSED;
            tickets.add(ticket(ids.next(), draft(), created, "S%02d".formatted(seat + 1), counter, status));
        }
        return tickets;
    }

    /// A NEW ticket as a seat's TicketService registers it at `at`, by `createdBy` of `deskId`.
    Ticket registered(UUID id, Instant at, String seat, int counter, String region, String deskId, UUID createdBy) {
        TicketDraft d = draft();
        String number = TicketNumber.format(d.type(), at.atZone(zone).toLocalDate(), seat, counter);
        return new Ticket(id, number, d.type(), d.level(), d.serviceKind(), d.requesterKind(), d.requesterName(),
                d.terminalId(), d.merchantId(), d.posBarcode(), d.installAddress(), d.contactPerson(), d.contactPhone(),
                d.description(), TicketStatus.NEW, null, null, null, null, 0, region, deskId, seat, createdBy, at, at, 1);
    }

    private Ticket ticket(UUID id, TicketDraft d, Instant created, String seat, int counter, TicketStatus status) {
        String number = TicketNumber.format(d.type(), created.atZone(zone).toLocalDate(), seat, counter);
        Instant dispatched = status == TicketStatus.NEW ? null : created.plusSeconds(60 + random.nextInt(480));
        return new Ticket(id, number, d.type(), d.level(), d.serviceKind(), d.requesterKind(), d.requesterName(),
                d.terminalId(), d.merchantId(), d.posBarcode(), d.installAddress(), d.contactPerson(), d.contactPhone(),
                d.description(), status, null, dispatched == null ? null : org.seatdesk.ticket.DispatchKind.DIRECT,
                dispatched == null ? null : "上门工程师", dispatched, 0, "BJ", "HQ", seat, UUID.nameUUIDFromBytes(seat.getBytes()),
                created, dispatched == null ? created : dispatched, 1);
    }

    private TicketType type() {
        int n = random.nextInt(100);
        return n < 50 ? TicketType.BUSINESS_REQUEST : n < 75 ? TicketType.CONSULTATION : n < 87 ? TicketType.COMPLAINT
                : n < 95 ? TicketType.SUGGESTION : TicketType.PRAISE;
    }

    private String phone() {
        int n = random.nextInt(10);
        if (n < 7) {
            return "1" + (3 + random.nextInt(7)) + digits(9);
        }
        if (n < 9) {
            return "0" + (10 + random.nextInt(90)) + "-" + (1 + random.nextInt(9)) + digits(7);
        }
        return pick(INTERNATIONAL) + digits(3) + " " + digits(4);
    }

    String digits(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    String alnum(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return s.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

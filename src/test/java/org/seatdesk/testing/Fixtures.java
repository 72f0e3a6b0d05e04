package org.seatdesk.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.seatdesk.settings.SettingRepository;
import org.seatdesk.settings.Settings;
import org.seatdesk.ticket.Author;
import org.seatdesk.ticket.Level;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.Ticket;
import org.seatdesk.ticket.TicketDraft;
import org.seatdesk.ticket.TicketFormats;
import org.seatdesk.ticket.TicketStatus;
import org.seatdesk.ticket.TicketType;
import org.seatdesk.ticket.TicketValidator;

/// Shared test data: a complete intake form (R-TK-3), the people who type it, and the shipped settings.
public final class Fixtures {

    public static final ZoneId CENTRE_ZONE = ZoneId.of("Asia/Shanghai");
    /// 2026-11-22 10:00 in Beijing.
    public static final Instant MORNING = Instant.parse("2026-11-22T02:00:00Z");

    private Fixtures() {
    }

    /// A draft that satisfies every rule of R-TK-3, with Chinese text where people type Chinese.
    public static TicketDraft completeDraft() {
        return new TicketDraft(TicketType.BUSINESS_REQUEST, Level.NORMAL, ServiceKind.EQUIPMENT_FAULT,
                RequesterKind.MERCHANT, "北京银行朝阳支行", "AB12CD34", "123456789012345", "POS1234567890",
                "北京市朝阳区建国路88号", "王伟", "13812345678", "刷卡机无法开机，屏幕黑屏。");
    }

    /// Half-typed and invalid on purpose: a malformed phone, no identifier, Chinese, emoji, line breaks,
    /// quotes and trailing spaces. A saved draft must come back exactly like this.
    public static TicketDraft halfTypedDraft() {
        return new TicketDraft(TicketType.COMPLAINT, Level.URGENT, ServiceKind.CONSUMABLES_DELIVERY,
                RequesterKind.BANK, "中国工商银行 西湖支行", "", "", "", "杭州市西湖区文三路478号 3楼",
                "张敏（经理）", "138-12", "客户投诉：打印纸未送达 😠\n第二行，带“引号”和 'apostrophes' 以及 \\ 反斜杠\t  ");
    }

    public static Author author(String seatCode) {
        return new Author(UUID.nameUUIDFromBytes(seatCode.getBytes()), "李娜", seatCode, "HQ", "BJ");
    }

    /// The shipped defaults with nothing stored: enough for rules that do not touch the database.
    public static Settings shippedSettings() {
        return new Settings(new SettingRepository() {
            @Override
            public Map<String, String> all() {
                return Map.of();
            }

            @Override
            public void put(String name, String value) {
                throw new UnsupportedOperationException("read-only defaults");
            }
        });
    }

    public static TicketValidator shippedValidator() {
        return new TicketValidator(TicketFormats.from(shippedSettings()));
    }

    /// A stored ticket of `type` in `status`, accepted at `createdAt`.
    public static Ticket ticket(TicketType type, TicketStatus status, Instant createdAt) {
        return new Ticket(UUID.randomUUID(), "Z-20261122-S07-0001", type, Level.NORMAL, ServiceKind.EQUIPMENT_FAULT,
                RequesterKind.MERCHANT, "", "AB12CD34", "", "", "北京市朝阳区建国路88号", "王伟", "13812345678",
                "刷卡机无法开机", status, null, null, null, status == TicketStatus.NEW ? null : createdAt, 0, "BJ", "HQ",
                "S07", UUID.randomUUID(), createdAt, createdAt, 1);
    }
}

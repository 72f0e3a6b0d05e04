package org.seatdesk.demo;

import static org.seatdesk.demo.DemoContent.pick;

import java.util.List;
import java.util.Random;

import org.seatdesk.demo.DemoMerchants.Merchant;
import org.seatdesk.ticket.RequesterKind;
import org.seatdesk.ticket.ServiceKind;
import org.seatdesk.ticket.TicketType;

/// What the caller tells the agent: who asks (R-TK-2), the identifiers, whom to contact and the
/// problem (R-TK-3), in the merchant's language. A bank calls on behalf of its merchant and gives
/// its own branch and landline.
final class DemoCaller {

    record Call(String requesterName, String contact, String phone, String terminalId, String merchantId,
                String posBarcode, String description) {
    }

    private final DemoContent content;
    private final Random random;
    private final DemoNames names;
    private final DemoPeople people;

    DemoCaller(DemoContent content, Random random, DemoPeople people) {
        this.content = content;
        this.random = random;
        this.names = people.names();
        this.people = people;
    }

    Call call(Merchant merchant, RequesterKind requester, TicketType type, ServiceKind kind) {
        boolean en = merchant.english();
        String requesterName = merchant.name();
        String contact = merchant.contact();
        String phone = merchant.phone();
        if (requester == RequesterKind.BANK) {
            String[] bank = pick(random, content.rows("banks"));
            DemoPlaces.District district = merchant.district();
            requesterName = en
                    ? bank[1] + " " + district.city().nameEn() + " " + district.nameEn() + " Sub-branch"
                    : bank[0] + strip(district.city().nameZh(), "市") + strip(district.nameZh(), "区") + "支行";
            contact = en ? names.englishContact() : names.chinese();
            phone = names.landline(district.city().phoneArea());
        } else if (requester == RequesterKind.OTHER) {
            requesterName = pick(random, content.rows("other-requesters"))[en ? 1 : 0];
        }
        // R-TK-3: at least one of terminal ID, merchant ID, POS barcode; callers know different ones
        int known = random.nextInt(100);
        boolean terminal = known < 55 || known >= 70 && known < 80 || known >= 90;
        boolean merchantId = known < 70 || known >= 90;
        boolean barcode = known >= 80;
        return new Call(requesterName, contact, phone,
                terminal ? merchant.terminalId() : "", merchantId ? merchant.merchantId() : "",
                barcode ? merchant.posBarcode() : "", describe(merchant, type, kind));
    }

    private String describe(Merchant merchant, TicketType type, ServiceKind kind) {
        List<String> phrases = content.words("desc." + type.letter() + "." + kind + "." + (merchant.english() ? "en" : "zh"));
        String text = pick(random, phrases);
        if (text.contains("{inspector}")) {
            String inspector = merchant.inspector().orElseGet(() -> people.anyInspectorIn(merchant.region(), random)).name();
            text = text.replace("{inspector}", inspector);
        }
        return text.replace("{shop}", merchant.name())
                .replace("{model}", merchant.posModel())
                .replace("{rolls}", String.valueOf(5 + random.nextInt(16)))
                .replace("{days}", String.valueOf(2 + random.nextInt(3)));
    }

    private static String strip(String name, String suffix) {
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }
}

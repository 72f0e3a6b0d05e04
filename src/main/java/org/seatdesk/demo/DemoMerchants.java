package org.seatdesk.demo;

import static org.seatdesk.demo.DemoContent.pick;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.seatdesk.demo.DemoCentre.FieldInspector;

/// The merchants who call. Tickets draw from a pool rather than inventing a caller each time, so
/// a merchant calls more than once and a search by phone or terminal ID shows their history.
final class DemoMerchants {

    static final int POOL = 120;
    /// Share of merchants who speak English on the phone (tickets are then written in English).
    private static final int ENGLISH_PERCENT = 20;

    record Merchant(DemoPlaces.District district, boolean english, String name, String address,
                    String terminalId, String merchantId, String posModel, String posBarcode,
                    String contact, String phone, Optional<FieldInspector> inspector) {

        String region() {
            return district.city().region();
        }
    }

    private final List<Merchant> merchants = new ArrayList<>();

    DemoMerchants(DemoContent content, DemoPlaces places, DemoPeople people, Random random) {
        DemoNames names = people.names();
        List<String[]> kinds = content.rows("shop-kinds");
        List<String> namesZh = content.words("shop-names-zh");
        List<String> namesEn = content.words("shop-names-en");
        List<String> floors = content.words("shop-floors");
        List<String> models = content.words("pos-models");
        Set<String> terminals = new HashSet<>();
        Set<String> merchantIds = new HashSet<>();
        for (int i = 0; i < POOL; i++) {
            DemoPlaces.District district = pick(random, places.districts());
            DemoPlaces.City city = district.city();
            boolean english = random.nextInt(100) < ENGLISH_PERCENT;
            String[] kind = pick(random, kinds);
            String nameZh = pick(random, namesZh) + kind[0];
            String name = english ? pick(random, namesEn) + " " + kind[1] : nameZh;
            String address = city.provinceZh() + district.area() + pick(random, district.streets())
                    + (1 + random.nextInt(388)) + "号" + pick(random, floors) + (english ? "" : " " + nameZh);
            String terminal = unique(terminals, () -> names.digits(8, true));
            // UnionPay style: 898 + area code + merchant category code + serial = 15 digits
            String merchantId = unique(merchantIds, () -> "898" + city.merchantArea() + kind[2] + names.digits(4, false));
            String model = pick(random, models);
            String barcode = model + names.digits(10, true);
            String contact = english ? names.englishContact() : names.chineseContact();
            String phone = random.nextInt(10) < 7 ? names.mobile() : names.landline(city.phoneArea());
            merchants.add(new Merchant(district, english, name, address, terminal, merchantId, model, barcode,
                    contact, phone, people.inspectorFor(district.area())));
        }
    }

    private static String unique(Set<String> used, java.util.function.Supplier<String> next) {
        String value;
        do {
            value = next.get();
        } while (!used.add(value));
        return value;
    }

    Merchant any(Random random) {
        return pick(random, merchants);
    }

    /// A merchant a regional desk would register: in its region and in a district with an inspector.
    Merchant servedIn(String region, Random random) {
        List<Merchant> served = merchants.stream()
                .filter(m -> m.region().equals(region) && m.inspector().isPresent()).toList();
        if (served.isEmpty()) {
            throw new IllegalStateException("No merchant with an inspector in " + region);
        }
        return pick(random, served);
    }
}

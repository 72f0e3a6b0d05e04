package org.seatdesk.demo;

import static org.seatdesk.demo.DemoContent.pick;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.seatdesk.demo.DemoCentre.Desk;
import org.seatdesk.demo.DemoCentre.FieldInspector;
import org.seatdesk.demo.DemoCentre.Tier;
import org.seatdesk.security.Grade;
import org.seatdesk.security.Role;
import org.seatdesk.security.Staff;

/// The desks, the staff (fixed, from `centre.txt`) and the field inspectors of the demo centre.
final class DemoPeople {

    static final int INSPECTORS = 30;

    private final Map<String, Desk> desks = new LinkedHashMap<>();
    private final List<Staff> staff = new ArrayList<>();
    private final List<FieldInspector> inspectors = new ArrayList<>();
    private final DemoNames names;

    DemoPeople(DemoContent content, DemoPlaces places, Random random) {
        for (String[] row : content.rows("desks")) {
            desks.put(row[0], new Desk(row[0], Tier.valueOf(row[1]), row[2], row[3], row[4]));
        }
        for (String[] row : content.rows("staff")) {
            Desk desk = desk(row[5]);
            staff.add(new Staff(DemoIds.named("staff", row[0]), row[0], row[1], Role.valueOf(row[2]),
                    Grade.valueOf(row[3]), row[4], desk.id(), desk.region(), row[6].isEmpty() ? null : row[6], true));
        }
        names = new DemoNames(content, random);
        hireInspectors(places, random);
    }

    /// One inspector per district, for all but a few districts of each region: tickets there
    /// cannot be matched and are transferred to the regional desk (R-TK-5).
    private void hireInspectors(DemoPlaces places, Random random) {
        Map<String, List<DemoPlaces.District>> byRegion = new LinkedHashMap<>();
        for (DemoPlaces.District district : places.districts()) {
            byRegion.computeIfAbsent(district.city().region(), r -> new ArrayList<>()).add(district);
        }
        int perRegion = INSPECTORS / byRegion.size();
        Set<String> phones = new HashSet<>();
        for (List<DemoPlaces.District> districts : byRegion.values()) {
            List<DemoPlaces.District> shuffled = new ArrayList<>(districts);
            Collections.shuffle(shuffled, random);
            for (DemoPlaces.District district : shuffled.subList(0, Math.min(perRegion, shuffled.size()))) {
                String name = names.uniqueChinese();
                String phone;
                do {
                    phone = names.mobile();
                } while (!phones.add(phone));
                inspectors.add(new FieldInspector(DemoIds.named("inspector", district.area()), name, phone,
                        district.city().region(), district.area()));
            }
        }
    }

    Desk desk(String id) {
        Desk desk = desks.get(id);
        if (desk == null) {
            throw new IllegalStateException("centre.txt: unknown desk " + id);
        }
        return desk;
    }

    /// The second-level desk that tickets of `region` are transferred to (R-TK-5).
    Desk regionalDesk(String region) {
        return desks.values().stream().filter(d -> d.tier() == Tier.REGIONAL && d.region().equals(region))
                .findFirst().orElseThrow(() -> new IllegalStateException("No regional desk for " + region));
    }

    Staff byNumber(String staffNo) {
        return staff.stream().filter(s -> s.staffNo().equals(staffNo)).findFirst()
                .orElseThrow(() -> new IllegalStateException("centre.txt: no staff " + staffNo));
    }

    Staff first(Role role) {
        return staff.stream().filter(s -> s.role() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("centre.txt: nobody is " + role));
    }

    List<Staff> agentsOf(String deskId) {
        return staff.stream().filter(s -> s.role() == Role.AGENT && s.deskId().equals(deskId)).toList();
    }

    Optional<FieldInspector> inspectorFor(String area) {
        return inspectors.stream().filter(i -> i.area().equals(area)).findFirst();
    }

    FieldInspector anyInspectorIn(String region, Random random) {
        return pick(random, inspectors.stream().filter(i -> i.region().equals(region)).toList());
    }

    DemoNames names() {
        return names;
    }

    List<Desk> desks() {
        return List.copyOf(desks.values());
    }

    List<Staff> staff() {
        return List.copyOf(staff);
    }

    List<FieldInspector> inspectors() {
        return List.copyOf(inspectors);
    }
}

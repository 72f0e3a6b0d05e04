package org.seatdesk.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.seatdesk.security.Staff;

/// What a seat needs from the hub before anyone can work at it (issue 4, `GET /api/v1/directory`):
/// the people who may log in (never their password hashes), the desks they belong to, the
/// centre's settings and the ticket counters of the caller's seat code, so that numbers made
/// here continue after every number the hub knows (R-TK-8, sync principle 5); and the roster's
/// reference data and plan of the weeks the consoles show and check (issue 5, ADR 0024), null
/// from a hub older than that.
public record Directory(List<Staff> staff, List<Desk> desks, Map<String, String> settings, List<Counter> counters,
                        RosterDirectory roster) {

    public Directory {
        staff = List.copyOf(staff);
        desks = List.copyOf(desks);
        settings = Map.copyOf(settings);
        counters = List.copyOf(counters);
    }

    public record Desk(String id, String tier, String region, String nameZh, String nameEn) {
    }

    /// The highest ticket counter used at `seatCode` on `day`.
    public record Counter(String seatCode, LocalDate day, int lastValue) {
    }

    /// Settings that belong to the workstation, not the centre: never taken from the hub.
    public static boolean isLocalSetting(String name) {
        return name.startsWith("ui.");
    }
}

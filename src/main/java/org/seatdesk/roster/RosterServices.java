package org.seatdesk.roster;

import java.time.Clock;

import org.seatdesk.settings.Settings;
import org.seatdesk.sync.TimeOrderedIds;

/// The roster feature's services over one console's records, built in one place so the
/// composition roots (seat, supervisor) each add one line.
public record RosterServices(RequestService requests, ShiftOverview overview, RosterPlanner planner) {

    public static RosterServices over(RosterRecords records, Settings settings, Clock clock, TimeOrderedIds ids) {
        RosterPolicy policy = RosterPolicy.from(settings);
        return new RosterServices(new RequestService(records, policy, clock, ids), new ShiftOverview(records),
                new RosterPlanner(records, policy, clock, ids));
    }
}

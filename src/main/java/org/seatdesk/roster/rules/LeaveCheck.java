package org.seatdesk.roster.rules;

import java.util.Optional;

import org.seatdesk.roster.LeaveRequest;
import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;

/// One named rule about leave: empty when the request keeps it.
public interface LeaveCheck {

    Optional<Refusal> check(LeaveRequest leave, RosterFacts facts, RosterPolicy policy);
}

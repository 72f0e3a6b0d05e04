package org.seatdesk.roster.rules;

import java.util.Optional;

import org.seatdesk.roster.Refusal;
import org.seatdesk.roster.RosterFacts;
import org.seatdesk.roster.RosterPolicy;
import org.seatdesk.roster.SwapRequest;

/// One named rule about swaps: empty when the request keeps it.
public interface SwapCheck {

    Optional<Refusal> check(SwapRequest swap, RosterFacts facts, RosterPolicy policy);
}

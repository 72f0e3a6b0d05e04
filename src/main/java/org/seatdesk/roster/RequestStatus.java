package org.seatdesk.roster;

/// Where a request stands, derived from its decisions.
public enum RequestStatus {
    PENDING,
    APPROVED,
    REFUSED
}

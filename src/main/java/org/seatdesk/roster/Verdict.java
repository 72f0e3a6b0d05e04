package org.seatdesk.roster;

public enum Verdict {
    APPROVED,
    REFUSED
}

package org.seatdesk.roster;

public enum RequestKind {
    LEAVE,
    SWAP
}

package org.seatdesk.sync;

/// What the engine logs in to the hub with: the person at the seat (the same staff ID and
/// password as the console's own login) and the seat they sit at.
public record HubCredentials(String staffNo, String password, String seatCode) {

    @Override
    public String toString() {
        return "HubCredentials[" + staffNo + " at " + seatCode + "]"; // never the password in logs
    }
}

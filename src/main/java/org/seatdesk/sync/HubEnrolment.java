package org.seatdesk.sync;

import java.util.function.UnaryOperator;

/// A person this seat does not know yet (a fresh `seat --hub URL --seat S08`): the hub checks
/// the password, and on success the seat takes the hub's directory (staff, desks, settings, its
/// ticket counters) and keeps a hash of the password it was just given, so that the person can
/// log in here again while the hub is out of reach. Runs on the database executor.
public final class HubEnrolment {

    private final HubClient hub;
    private final SyncStore store;
    private final UnaryOperator<String> hash;

    /// @param hash makes the local password hash (Argon2id, as every local login checks it)
    public HubEnrolment(HubClient hub, SyncStore store, UnaryOperator<String> hash) {
        this.hub = hub;
        this.store = store;
        this.hash = hash;
    }

    /// @return true when the hub accepted the person and the directory is stored here; false when
    ///         the hub refused or could not be reached (the local refusal stands)
    public boolean enrol(String staffNo, String password, String seatCode) {
        Directory directory;
        try {
            hub.login(new HubCredentials(staffNo, password, seatCode));
            directory = hub.directory();
        } catch (HubException | HubUnreachableException notAccepted) {
            return false;
        }
        store.applyDirectory(directory, staffNo, hash.apply(password));
        return true;
    }
}

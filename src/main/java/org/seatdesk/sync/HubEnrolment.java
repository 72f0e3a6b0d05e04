package org.seatdesk.sync;

import java.time.Instant;
import java.util.UUID;
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
    /// @throws OtherCentreException when this seat's data belongs to another centre than the hub's
    ///         (ADR 0037): nothing of the hub's is stored
    public boolean enrol(String staffNo, String password, String seatCode) {
        Directory directory;
        try {
            HubWire.LoginAnswer answer = hub.login(new HubCredentials(staffNo, password, seatCode));
            if (answer.centreId() != null) {
                UUID mine = store.adoptCentre(answer.centreId(), Instant.now());
                if (!mine.equals(answer.centreId())) {
                    throw new OtherCentreException(mine, answer.centreId());
                }
            }
            directory = hub.directory();
        } catch (HubException | HubUnreachableException notAccepted) {
            return false;
        }
        store.applyDirectory(directory, staffNo, hash.apply(password));
        return true;
    }
}

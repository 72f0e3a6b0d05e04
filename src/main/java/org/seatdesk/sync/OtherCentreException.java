package org.seatdesk.sync;

import java.util.UUID;

/// The hub serves another centre than the one this seat's database belongs to (ADR 0037): the
/// data here was seeded by the demo or came from another hub. Nothing is pushed or pulled.
public final class OtherCentreException extends RuntimeException {

    private final UUID seatCentre;
    private final UUID hubCentre;

    public OtherCentreException(UUID seatCentre, UUID hubCentre) {
        super("this seat's database belongs to centre " + seatCentre + ", the hub serves centre " + hubCentre
                + ": not syncing (start the console with another --data folder)");
        this.seatCentre = seatCentre;
        this.hubCentre = hubCentre;
    }

    public UUID seatCentre() {
        return seatCentre;
    }

    public UUID hubCentre() {
        return hubCentre;
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.jooq.Tables.STAFF;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A seat database from before centre ids (ADR 0037) that already holds people, with a hub
/// database beside it in the same data folder: until this version the demo kept exactly that
/// pair in the default folder (its in-process hub's file `hub`), and `seat`/`supervisor` now open
/// that folder by default. The pair is one centre: the seat takes the id of the hub file beside
/// it (created there if that hub has not run since), so it syncs with that hub and no other.
/// A seat without a hub file beside it takes the first hub it syncs with, as a new seat does.
public final class LegacyCentre {

    /// The name of the hub database file the demo's in-process hub (and `hub` by default) keeps.
    static final String HUB_FILE = "hub";

    private static final Logger LOG = LoggerFactory.getLogger(LegacyCentre.class);

    private LegacyCentre() {
    }

    /// Runs on the database executor; does nothing for a seat that already has its centre.
    public static void claimBesideHub(Path dataDir, Database seat, Clock clock) {
        JooqCentreIdentity mine = new JooqCentreIdentity(seat);
        if (mine.get().isPresent() || !Files.exists(dataDir.resolve(HUB_FILE + ".mv.db"))
                || !seat.dsl().fetchExists(STAFF)) {
            return;
        }
        UUID hubCentre;
        try (Database hub = Database.openFile(dataDir, HUB_FILE)) {
            hubCentre = new JooqCentreIdentity(hub).createIfAbsent(UUID.randomUUID(), JooqCentreIdentity.Origin.HUB,
                    clock.instant());
        } catch (RuntimeException inUse) {
            // a hub runs on it now (H2 locks its file), or it is newer: the first sync decides
            LOG.info("The hub database beside this seat's could not be opened ({}); the first hub reached gives the centre",
                    inUse.getMessage());
            return;
        }
        mine.createIfAbsent(hubCentre, JooqCentreIdentity.Origin.BESIDE_HUB, clock.instant());
        LOG.info("This seat's data from before centre ids belongs to the centre of the hub database beside it: {}", hubCentre);
    }
}

package org.seatdesk.store;

import static org.seatdesk.store.Times.utc;
import static org.seatdesk.store.jooq.Tables.CENTRE_IDENTITY;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

/// Which centre a database belongs to (V17, ADR 0037): one row or none, in a hub's database and
/// in a seat's alike. A hub's row is created once with a random id and shared by every hub on
/// the same PostgreSQL; a seat's is its hub's, taken at the first sync, or the demo's.
public final class JooqCentreIdentity {

    /// Why the row holds the id it holds (kept for people reading the database, and the log).
    public enum Origin {
        /// created by a hub on its own database
        HUB,
        /// a seat's, taken from the hub at its first sync
        SYNC,
        /// a seat's that the demo seeded with the demo centre (its in-process hub has the same id)
        DEMO,
        /// a seat's from before V17, given the id of the hub database that lay beside it
        BESIDE_HUB
    }

    private static final short ROW = 1;

    private final DSLContext dsl;

    public JooqCentreIdentity(Database database) {
        this(database.dsl());
    }

    JooqCentreIdentity(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<UUID> get() {
        return dsl.select(CENTRE_IDENTITY.CENTRE_ID).from(CENTRE_IDENTITY).where(CENTRE_IDENTITY.ID.eq(ROW))
                .fetchOptional(r -> r.value1());
    }

    /// The stored id; when there is none, `candidate` is stored first. Several hubs starting at
    /// once on one PostgreSQL all end with the one id that was inserted first (the insert of the
    /// others is ignored on the primary key).
    public UUID createIfAbsent(UUID candidate, Origin origin, Instant at) {
        Optional<UUID> stored = get();
        if (stored.isPresent()) {
            return stored.get();
        }
        dsl.insertInto(CENTRE_IDENTITY)
                .set(CENTRE_IDENTITY.ID, ROW)
                .set(CENTRE_IDENTITY.CENTRE_ID, candidate)
                .set(CENTRE_IDENTITY.ORIGIN, origin.name())
                .set(CENTRE_IDENTITY.RECORDED_AT, utc(at))
                .onDuplicateKeyIgnore()
                .execute();
        return get().orElseThrow();
    }

    /// Stores `id` whatever was there: only for the demo's in-process hub, which belongs to the
    /// demo's seat database beside it.
    public void set(UUID id, Origin origin, Instant at) {
        dsl.insertInto(CENTRE_IDENTITY)
                .set(CENTRE_IDENTITY.ID, ROW)
                .set(CENTRE_IDENTITY.CENTRE_ID, id)
                .set(CENTRE_IDENTITY.ORIGIN, origin.name())
                .set(CENTRE_IDENTITY.RECORDED_AT, utc(at))
                .onDuplicateKeyUpdate()
                .set(CENTRE_IDENTITY.CENTRE_ID, id)
                .set(CENTRE_IDENTITY.ORIGIN, origin.name())
                .set(CENTRE_IDENTITY.RECORDED_AT, utc(at))
                .execute();
    }
}

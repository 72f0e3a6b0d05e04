-- SeatDesk schema, version 17: which centre a database belongs to (ADR 0037). Portable SQL.
--
-- One row (id = 1) or none. A hub creates it with a random id the first time it starts on this
-- database (hubs sharing one PostgreSQL share it); a seat takes its hub's at the first sync, or
-- the demo writes its own when it seeds the demo centre. A seat whose id is not its hub's is
-- another centre's: it does not sync with that hub.
CREATE TABLE centre_identity (
    id           SMALLINT      PRIMARY KEY,
    centre_id    UUID          NOT NULL,
    origin       VARCHAR(16)   NOT NULL,          -- HUB | SYNC | DEMO | BESIDE_HUB (ADR 0037)
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

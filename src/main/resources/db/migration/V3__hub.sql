-- SeatDesk schema, version 3: the hub's side of sync (issue 4, docs/hub-api.md).
-- Portable SQL: runs on H2 (small hub) and PostgreSQL (production hub). Seats carry these
-- tables too, empty: one migration set serves every database.

-- Login tokens: only the SHA-256 of a token is stored, so a copy of the database logs nobody in.
CREATE TABLE hub_session (
    token_hash  VARCHAR(64)   PRIMARY KEY,          -- hex SHA-256 of the 256-bit random token
    staff_id    UUID          NOT NULL REFERENCES staff (id),
    seat_code   VARCHAR(8)    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hub_session_expiry ON hub_session (expires_at);

-- Sync principle 3: the one row every applying transaction locks and bumps before it commits,
-- so change sequence numbers become visible strictly in order (a reader of seq > cursor never
-- skips one, whatever the number of hubs and writers on one PostgreSQL).
CREATE TABLE hub_counter (
    id          INTEGER       PRIMARY KEY,
    last_seq    BIGINT        NOT NULL
);
INSERT INTO hub_counter (id, last_seq) VALUES (1, 0);

-- Sync principle 2: op ids applied, stored in the same transaction as their effects.
CREATE TABLE hub_op (
    op_id       UUID          PRIMARY KEY,
    seq         BIGINT        NOT NULL,
    staff_id    UUID          NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The change feed. `region` drives the per-desk filter; `fields` lists the ticket fields an
-- UPDATE changed (comma-separated), so a stale UPDATE is checked against what changed since
-- its base version (sync principle 6).
CREATE TABLE hub_change (
    seq         BIGINT        PRIMARY KEY,
    entity      VARCHAR(32)   NOT NULL,
    entity_id   UUID          NOT NULL,
    op_kind     VARCHAR(16)   NOT NULL,
    version     INTEGER       NOT NULL,
    region      VARCHAR(32)   NOT NULL,
    fields      VARCHAR(1000),
    payload     VARCHAR(20000) NOT NULL,
    op_id       UUID          NOT NULL,
    staff_id    UUID          NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hub_change_entity ON hub_change (entity_id, version);
CREATE INDEX hub_change_region ON hub_change (region, seq);

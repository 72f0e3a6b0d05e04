-- SeatDesk schema, version 4: the seat's side of sync (issue 4). Portable SQL (H2 and PostgreSQL).

-- Where this seat stands with its hub: one row (id = 1), written by the sync engine.
CREATE TABLE sync_state (
    id               SMALLINT      PRIMARY KEY,
    pull_cursor      BIGINT        NOT NULL,          -- highest feed seq applied here (sync principle 3)
    last_contact_at  TIMESTAMP WITH TIME ZONE,        -- last answer from the hub
    clock_offset_ms  BIGINT        NOT NULL            -- hub time minus local time (principle 8)
);

-- Edits the hub could not merge: the same field changed on both sides (principle 6). A person
-- resolves them in the console; the operation has left the outbox.
CREATE TABLE sync_conflict (
    op_id        UUID           PRIMARY KEY,
    entity       VARCHAR(32)    NOT NULL,
    entity_id    UUID           NOT NULL,
    op_kind      VARCHAR(16)    NOT NULL,
    base_version INTEGER        NOT NULL,
    payload      VARCHAR(20000) NOT NULL,            -- the operation as the seat pushed it
    conflicts    VARCHAR(20000) NOT NULL,            -- the hub's [{field, mine, theirs, theirsBy}]
    detected_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sync_conflict_open ON sync_conflict (resolved_at, detected_at);

-- Operations the hub refused, with its reason: kept so nothing typed disappears silently.
CREATE TABLE sync_rejected (
    op_id        UUID           PRIMARY KEY,
    entity       VARCHAR(32)    NOT NULL,
    entity_id    UUID           NOT NULL,
    op_kind      VARCHAR(16)    NOT NULL,
    base_version INTEGER        NOT NULL,
    payload      VARCHAR(20000) NOT NULL,
    reason       VARCHAR(64)    NOT NULL,
    message      VARCHAR(1000),
    rejected_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

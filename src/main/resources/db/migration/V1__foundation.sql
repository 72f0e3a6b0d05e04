-- SeatDesk schema, version 1: the foundation slice (issue 3).
-- Portable SQL: the same script runs on H2 (seat cache, small hub) and PostgreSQL (hub).

-- HQ and the regional (second-level) desks of one centre.
CREATE TABLE desk (
    id          VARCHAR(16)  PRIMARY KEY,
    tier        VARCHAR(8)   NOT NULL,            -- HQ | REGIONAL
    region      VARCHAR(32)  NOT NULL,
    name_zh     VARCHAR(64)  NOT NULL,
    name_en     VARCHAR(64)  NOT NULL
);

CREATE TABLE staff (
    id            UUID         PRIMARY KEY,
    staff_no      VARCHAR(16)  NOT NULL UNIQUE,
    name          VARCHAR(64)  NOT NULL,
    role          VARCHAR(24)  NOT NULL,
    grade         VARCHAR(16)  NOT NULL,          -- R-GR-1
    work_type     VARCHAR(16)  NOT NULL,
    desk_id       VARCHAR(16)  NOT NULL REFERENCES desk (id),
    seat_code     VARCHAR(8),
    password_hash VARCHAR(255) NOT NULL,
    active        BOOLEAN      NOT NULL
);

CREATE TABLE shift_type (
    code        VARCHAR(8)   PRIMARY KEY,
    name_zh     VARCHAR(32)  NOT NULL,
    name_en     VARCHAR(32)  NOT NULL,
    starts_at   TIME         NOT NULL,
    ends_at     TIME         NOT NULL             -- earlier than starts_at: the shift crosses midnight
);

CREATE TABLE shift_assignment (
    staff_id    UUID         NOT NULL REFERENCES staff (id),
    work_day    DATE         NOT NULL,
    shift_code  VARCHAR(8)   NOT NULL REFERENCES shift_type (code),
    seat_code   VARCHAR(8),
    PRIMARY KEY (staff_id, work_day)
);

CREATE TABLE field_inspector (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    phone       VARCHAR(32)  NOT NULL,
    region      VARCHAR(32)  NOT NULL,
    area        VARCHAR(128) NOT NULL             -- district the inspector covers (R-TK-5)
);

-- Work orders (R-TK-2, 3, 5, 6, 8, 10).
CREATE TABLE ticket (
    id                UUID          PRIMARY KEY,
    number            VARCHAR(32)   NOT NULL UNIQUE,   -- letter-date-seat-counter, unique without the hub
    type              VARCHAR(1)    NOT NULL,          -- R-TK-8: Z T J B Y
    level             VARCHAR(8)    NOT NULL,          -- NORMAL | URGENT
    priority          SMALLINT      NOT NULL,          -- 0 urgent, 1 normal: the queue's first sort key
    service_kind      VARCHAR(24)   NOT NULL,          -- R-TK-2
    requester_kind    VARCHAR(16)   NOT NULL,
    requester_name    VARCHAR(128),
    terminal_id       VARCHAR(32),
    merchant_id       VARCHAR(32),
    pos_barcode       VARCHAR(32),
    install_address   VARCHAR(256)  NOT NULL,
    contact_person    VARCHAR(64)   NOT NULL,
    contact_phone     VARCHAR(32)   NOT NULL,
    description       VARCHAR(4000) NOT NULL,
    status            VARCHAR(16)   NOT NULL,          -- NEW | DISPATCHED | CLOSED
    handling_status   VARCHAR(24),                     -- R-TK-6, reported by the branch after dispatch
    dispatch_kind     VARCHAR(12),                     -- R-TK-5: DIRECT | TRANSFER
    dispatch_target   VARCHAR(128),
    dispatched_at     TIMESTAMP WITH TIME ZONE,
    callback_attempts INTEGER       NOT NULL,          -- R-TK-10
    region            VARCHAR(32)   NOT NULL,
    desk_id           VARCHAR(16)   NOT NULL,
    seat_code         VARCHAR(8)    NOT NULL,
    created_by        UUID          NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INTEGER       NOT NULL
);
CREATE INDEX ticket_queue_order ON ticket (priority, created_at);
CREATE INDEX ticket_status ON ticket (status, priority, created_at);
CREATE INDEX ticket_contact_phone ON ticket (contact_phone);
CREATE INDEX ticket_terminal ON ticket (terminal_id);
CREATE INDEX ticket_merchant ON ticket (merchant_id);
CREATE INDEX ticket_barcode ON ticket (pos_barcode);

-- R-TK-13: every change to a ticket, append-only, never deleted.
CREATE TABLE ticket_event (
    id          UUID          PRIMARY KEY,
    ticket_id   UUID          NOT NULL REFERENCES ticket (id),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    UUID          NOT NULL,
    actor_name  VARCHAR(64)   NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    detail      VARCHAR(4000)
);
CREATE INDEX ticket_event_ticket ON ticket_event (ticket_id, at);

-- Per-seat daily counter behind ticket numbers.
-- "day" is quoted: it is a keyword in H2 2.x, and unquoted the migration fails there.
CREATE TABLE ticket_counter (
    seat_code   VARCHAR(8)    NOT NULL,
    "day"       DATE          NOT NULL,
    last_value  INTEGER       NOT NULL,
    PRIMARY KEY (seat_code, "day")
);

-- R-TK-1: calls resolved by phone guidance, counted in statistics, no ticket.
CREATE TABLE call_record (
    id          UUID          PRIMARY KEY,
    category    VARCHAR(24)   NOT NULL,
    note        VARCHAR(1000),
    staff_id    UUID          NOT NULL,
    seat_code   VARCHAR(8)    NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The unfinished ticket form of each agent, so a crash loses nothing typed.
CREATE TABLE ticket_draft (
    staff_id    UUID          PRIMARY KEY,
    content     VARCHAR(20000) NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Sync principle 1: a local change and its outbox operation commit together.
CREATE TABLE outbox (
    seq          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    op_id        UUID          NOT NULL UNIQUE,
    entity       VARCHAR(32)   NOT NULL,
    entity_id    UUID          NOT NULL,
    op_kind      VARCHAR(16)   NOT NULL,
    base_version INTEGER       NOT NULL,
    payload      VARCHAR(20000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE setting (
    name        VARCHAR(64)   PRIMARY KEY,
    val         VARCHAR(1000) NOT NULL
);

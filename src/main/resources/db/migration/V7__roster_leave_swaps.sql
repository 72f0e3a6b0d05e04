-- SeatDesk schema, version 7: the roster's reference data, and leave and swap requests with
-- their decisions (issue 5; R-LV-1..5, R-SW-1..6, R-GR-1). Portable SQL (H2 and PostgreSQL).
-- Requests and decisions are append-only: a decision is a new row, never an edit of the
-- request, so they sync without conflicts (design.md, sync principle 6).

-- Work types (inbound, callback, supervision…): a swap stays within one (R-SW-4).
CREATE TABLE work_type (
    code        VARCHAR(16)  PRIMARY KEY,
    name_zh     VARCHAR(32)  NOT NULL,
    name_en     VARCHAR(32)  NOT NULL
);

-- Public holidays: a shift on one is holiday duty (R-SW-5), leave on one needs two days' notice (R-LV-5).
CREATE TABLE public_holiday (
    holiday     DATE         PRIMARY KEY,
    name_zh     VARCHAR(32)  NOT NULL,
    name_en     VARCHAR(64)  NOT NULL
);

-- The room's workstations.
CREATE TABLE seat (
    code        VARCHAR(8)   PRIMARY KEY,
    desk_id     VARCHAR(16)  NOT NULL REFERENCES desk (id),
    area        VARCHAR(32)  NOT NULL
);

-- Squads and their leaders: a swap needs the leaders of both parties (R-SW-1).
CREATE TABLE squad (
    code        VARCHAR(8)   PRIMARY KEY,
    name_zh     VARCHAR(32)  NOT NULL,
    name_en     VARCHAR(32)  NOT NULL,
    leader_id   UUID         NOT NULL REFERENCES staff (id)
);

CREATE TABLE squad_member (
    staff_id    UUID         PRIMARY KEY REFERENCES staff (id),
    squad_code  VARCHAR(8)   NOT NULL REFERENCES squad (code)
);

-- R-LV-1..5. `requested_by` differs from `staff_id` for sick leave asked on someone's behalf
-- and for emergencies phoned in to the monitor (R-LV-3).
CREATE TABLE leave_request (
    id            UUID          PRIMARY KEY,
    staff_id      UUID          NOT NULL REFERENCES staff (id),
    requested_by  UUID          NOT NULL REFERENCES staff (id),
    kind          VARCHAR(16)   NOT NULL,         -- PERSONAL | SICK | SPECIAL | EMERGENCY
    first_day     DATE          NOT NULL,
    last_day      DATE          NOT NULL,
    certificate   BOOLEAN       NOT NULL,         -- medical certificate (R-LV-3)
    note          VARCHAR(500),
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX leave_request_staff ON leave_request (staff_id, first_day);

-- R-SW-1..6: the requester gives their shift on `requester_day` to the partner and takes the
-- partner's shift on `partner_day`.
CREATE TABLE swap_request (
    id             UUID          PRIMARY KEY,
    requester_id   UUID          NOT NULL REFERENCES staff (id),
    partner_id     UUID          NOT NULL REFERENCES staff (id),
    requester_day  DATE          NOT NULL,
    partner_day    DATE          NOT NULL,
    note           VARCHAR(500),
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX swap_request_days ON swap_request (requester_day, partner_day);

-- One approver's decision on one request (R-LV-2, R-SW-1); append-only.
CREATE TABLE roster_decision (
    id            UUID          PRIMARY KEY,
    request_id    UUID          NOT NULL,
    request_kind  VARCHAR(8)    NOT NULL,         -- LEAVE | SWAP
    decided_by    UUID          NOT NULL REFERENCES staff (id),
    verdict       VARCHAR(8)    NOT NULL,         -- APPROVED | REFUSED
    note          VARCHAR(500),
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX roster_decision_request ON roster_decision (request_id, decided_at);

-- SeatDesk schema, version 9: the handover log (R-SH-2) and notices with read receipts (R-SH-3),
-- issue 5. Portable SQL (H2 and PostgreSQL). Every table here is append-only: an entry, an
-- acknowledgement, a notice and a read receipt are each a new row, so sync never conflicts
-- (design.md, sync principle 6); nothing here is ever updated or deleted.

-- R-SH-2: what the outgoing shift hands over, written at a seat.
CREATE TABLE handover_entry (
    id             UUID          PRIMARY KEY,
    category       VARCHAR(32)   NOT NULL,           -- HandoverCategory
    body           VARCHAR(2000) NOT NULL,
    ticket_numbers VARCHAR(400)  NOT NULL,           -- linked tickets, comma-separated ('' for none)
    author_id      UUID          NOT NULL,
    author_name    VARCHAR(64)   NOT NULL,
    seat_code      VARCHAR(8)    NOT NULL,           -- the seat handed over: its successor completes it
    region         VARCHAR(32)   NOT NULL,
    written_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX handover_entry_written ON handover_entry (written_at);

-- R-SH-2: the incoming shift read the entry. seat_code is where the reader was logged in: a
-- reader other than the author, at the entry's seat, is the successor present at the seat.
CREATE TABLE handover_ack (
    id               UUID         PRIMARY KEY,
    entry_id         UUID         NOT NULL,          -- no FK: an ack may arrive before its entry at a seat
    staff_id         UUID         NOT NULL,
    staff_name       VARCHAR(64)  NOT NULL,
    seat_code        VARCHAR(8)   NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX handover_ack_entry ON handover_ack (entry_id);

-- R-SH-3: notices published by monitors and directors, valid for a period. body and author are
-- nullable only because the wall's copy holds titles and dates alone (hub Redaction).
CREATE TABLE notice (
    id            UUID          PRIMARY KEY,
    kind          VARCHAR(24)   NOT NULL,            -- NoticeKind
    title         VARCHAR(200)  NOT NULL,
    body          VARCHAR(4000),
    valid_from    TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    author_id     UUID,
    author_name   VARCHAR(64),
    region        VARCHAR(32)   NOT NULL,            -- the staff of this region must read it
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notice_validity ON notice (valid_until, valid_from);

-- R-SH-3: who has read which notice, and when and where.
CREATE TABLE notice_receipt (
    id          UUID          PRIMARY KEY,
    notice_id   UUID          NOT NULL,              -- no FK: see handover_ack
    staff_id    UUID          NOT NULL,
    staff_name  VARCHAR(64)   NOT NULL,
    seat_code   VARCHAR(8)    NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notice_receipt_notice ON notice_receipt (notice_id, staff_id);

-- SeatDesk schema, version 11: the department director's roster edits as synced records
-- (issue 5; ADR 0018). Portable SQL (H2 and PostgreSQL).
-- Append-only: each change of one person's day is a new row, never an edit of an older one, so
-- edits made at two consoles never conflict; the latest in the hub's order wins, and
-- shift_assignment holds the plan that results (what every reader of the roster reads).

CREATE TABLE roster_edit (
    id            UUID          PRIMARY KEY,
    staff_id      UUID          NOT NULL,
    work_day      DATE          NOT NULL,
    shift_code    VARCHAR(8),                     -- null: the person is off that day
    seat_code     VARCHAR(8),
    edited_by     UUID          NOT NULL,
    edited_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The hub's sequence number, once the row has come back in the feed; null while it is only
    -- at this seat (it will be the newest). The hub applies rows in its own order and leaves it null.
    hub_seq       BIGINT
);
CREATE INDEX roster_edit_cell ON roster_edit (staff_id, work_day);

-- SeatDesk schema, version 8: roll call, discipline records, the monitor's duty log and
-- escalations (issue 5; R-SH-1, R-SH-4, R-SH-5, R-SEC-2). Portable SQL (H2 and PostgreSQL).
-- Every table is append-only: a correction is a new row (the latest mark wins), so these
-- records sync without conflicts (design.md, sync principle 6). Names are copied into the rows
-- so the wall and other seats can show them without the staff table.

-- R-SH-1: one mark of one person for one shift; the latest by marked_at counts.
CREATE TABLE roll_call_mark (
    id              UUID          PRIMARY KEY,
    shift_day       DATE          NOT NULL,
    shift_code      VARCHAR(8)    NOT NULL,
    staff_id        UUID          NOT NULL,
    staff_no        VARCHAR(16)   NOT NULL,
    staff_name      VARCHAR(64)   NOT NULL,
    seat_code       VARCHAR(8),
    mark            VARCHAR(16)   NOT NULL,         -- PRESENT | LATE | ABSENT | ON_LEAVE
    minutes_late    INTEGER       NOT NULL,
    marked_by       UUID          NOT NULL,
    marked_by_name  VARCHAR(64)   NOT NULL,
    marked_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX roll_call_mark_shift ON roll_call_mark (shift_day, shift_code, marked_at);

-- R-SH-4: late beyond the limit without leave, or away from the post beyond it without permission.
CREATE TABLE discipline_record (
    id              UUID          PRIMARY KEY,
    staff_id        UUID          NOT NULL,
    staff_no        VARCHAR(16)   NOT NULL,
    staff_name      VARCHAR(64)   NOT NULL,
    kind            VARCHAR(24)   NOT NULL,         -- LATE | LEFT_POST
    shift_day       DATE          NOT NULL,
    shift_code      VARCHAR(8)    NOT NULL,
    minutes         INTEGER       NOT NULL,
    recorded_by     UUID          NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX discipline_record_staff ON discipline_record (staff_id, shift_day);

-- R-SH-5: the monitor's duty log of a shift.
CREATE TABLE duty_log_entry (
    id              UUID          PRIMARY KEY,
    shift_day       DATE          NOT NULL,
    shift_code      VARCHAR(8)    NOT NULL,
    category        VARCHAR(24)   NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    author_id       UUID          NOT NULL,
    author_name     VARCHAR(64)   NOT NULL,
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX duty_log_entry_shift ON duty_log_entry (shift_day, shift_code, written_at);

-- R-SEC-2: a problem reported up one level, or past levels in an emergency; `informs` links the
-- later notice to a skipped superior back to the emergency escalation.
CREATE TABLE escalation (
    id              UUID          PRIMARY KEY,
    shift_day       DATE          NOT NULL,
    shift_code      VARCHAR(8)    NOT NULL,
    raised_by       UUID          NOT NULL,
    raised_by_name  VARCHAR(64)   NOT NULL,
    from_role       VARCHAR(24)   NOT NULL,
    to_role         VARCHAR(24)   NOT NULL,
    emergency       BOOLEAN       NOT NULL,
    informs         UUID,
    subject         VARCHAR(2000) NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX escalation_shift ON escalation (shift_day, shift_code, raised_at);

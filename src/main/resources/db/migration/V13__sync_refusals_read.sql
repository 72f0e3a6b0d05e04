-- SeatDesk schema, version 13 (issue 4, review): the hub's refusals of this seat's operations
-- (and renumberings of its tickets, ADR 0020) stay in sync_rejected with what was typed, and are
-- shown to the people at the seat until someone marks them read. Portable SQL (H2 and PostgreSQL).
ALTER TABLE sync_rejected ADD COLUMN read_at TIMESTAMP WITH TIME ZONE;

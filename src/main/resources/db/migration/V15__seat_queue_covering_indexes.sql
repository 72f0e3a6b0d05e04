-- SeatDesk schema, version 15: the seat's queue search reads its indexes without fetching rows
-- (ADR 0033; the hub's database gets the plain indexes it had, ADR 0029).
--
-- A search prefix that thousands of tickets share (the first keystrokes: "+1", "04", "B-") reads
-- the queue in its order until a page of matches is found. With the search keys in the
-- queue-order index, H2 tests each ticket in the index itself and fetches only the matching rows;
-- with the id beside each search key, no row is fetched to learn it. The hub writes every ticket of
-- the centre and never runs these queries, so `Database` gives the two placeholders their columns
-- only for a seat's database (`seatQueueKeys`, `seatKeyId`) and empty text for the hub's.
-- jOOQ's code generator does not know Flyway's placeholders and does not need index definitions,
-- hence the ignore markers.
/* [jooq ignore start] */
DROP INDEX ticket_queue_order;
CREATE INDEX ticket_queue_order ON ticket (priority, created_at, number${seatQueueKeys});

DROP INDEX ticket_phone_key;
DROP INDEX ticket_terminal_key;
DROP INDEX ticket_merchant_key;
DROP INDEX ticket_barcode_key;
CREATE INDEX ticket_phone_key ON ticket (phone_key${seatKeyId});
CREATE INDEX ticket_terminal_key ON ticket (terminal_key${seatKeyId});
CREATE INDEX ticket_merchant_key ON ticket (merchant_key${seatKeyId});
CREATE INDEX ticket_barcode_key ON ticket (barcode_key${seatKeyId});
/* [jooq ignore stop] */

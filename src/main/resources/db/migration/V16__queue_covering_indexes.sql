-- SeatDesk schema, version 16: the queue's search reads its indexes without fetching rows
-- (docs/performance.md, "Short prefixes").
--
-- A search prefix that thousands of tickets share (the first keystrokes: "+1", "04", "B-") reads
-- the queue in its order until a page of matches is found. With the search keys in the
-- queue-order index, H2 tests each ticket in the index itself and fetches only the matching rows,
-- instead of a whole ticket for every one it passes. The same holds for the ids that each search
-- key's index yields: with the id beside the key, no row is fetched to learn it.
DROP INDEX ticket_queue_order;
CREATE INDEX ticket_queue_order ON ticket (priority, created_at, number, phone_key, terminal_key, merchant_key, barcode_key);

DROP INDEX ticket_phone_key;
DROP INDEX ticket_terminal_key;
DROP INDEX ticket_merchant_key;
DROP INDEX ticket_barcode_key;
CREATE INDEX ticket_phone_key ON ticket (phone_key, id);
CREATE INDEX ticket_terminal_key ON ticket (terminal_key, id);
CREATE INDEX ticket_merchant_key ON ticket (merchant_key, id);
CREATE INDEX ticket_barcode_key ON ticket (barcode_key, id);

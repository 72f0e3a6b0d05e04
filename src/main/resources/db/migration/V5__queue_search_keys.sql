-- SeatDesk schema, version 5: the queue's filters and search use indexes (docs/performance.md).
-- Portable SQL: the same script runs on H2 (seat cache, small hub) and PostgreSQL (hub).
--
-- Search keys, normalised on write by the store (JooqTicketRepository.toRecord), so that a prefix
-- search is an index range scan instead of upper()/replace() over every row: identifiers
-- upper-cased (they are accepted in any case, R-TK-3), the phone without its spaces
-- ("+44 20 7946 0958" is searched as "+442079460958"). The displayed values stay as typed.
-- Every write of these ticket columns must write the keys too.
ALTER TABLE ticket ADD COLUMN phone_key VARCHAR(32);
ALTER TABLE ticket ADD COLUMN terminal_key VARCHAR(32);
ALTER TABLE ticket ADD COLUMN merchant_key VARCHAR(32);
ALTER TABLE ticket ADD COLUMN barcode_key VARCHAR(32);
UPDATE ticket SET phone_key = REPLACE(contact_phone, ' ', ''), terminal_key = UPPER(terminal_id),
                  merchant_key = UPPER(merchant_id), barcode_key = UPPER(pos_barcode);
ALTER TABLE ticket ALTER COLUMN phone_key SET NOT NULL;

DROP INDEX ticket_contact_phone;
DROP INDEX ticket_terminal;
DROP INDEX ticket_merchant;
DROP INDEX ticket_barcode;
CREATE INDEX ticket_phone_key ON ticket (phone_key);
CREATE INDEX ticket_terminal_key ON ticket (terminal_key);
CREATE INDEX ticket_merchant_key ON ticket (merchant_key);
CREATE INDEX ticket_barcode_key ON ticket (barcode_key);

-- The queue's whole sort order (priority, created_at, number), so that the first page of a
-- filter is read in index order and the scan stops after it, instead of sorting every match.
DROP INDEX ticket_queue_order;
DROP INDEX ticket_status;
CREATE INDEX ticket_queue_order ON ticket (priority, created_at, number);
CREATE INDEX ticket_status ON ticket (status, priority, created_at, number);
CREATE INDEX ticket_type ON ticket (type, priority, created_at, number);

-- SeatDesk schema, version 14: original material of real size (issue 6, R-KB-2; ADR 0023).
-- Portable SQL (H2 and PostgreSQL). A file up to 10 MiB is kept as a `kb_material` header row
-- and append-only chunks of at most 8 KiB each: every chunk is one small sync operation, so no
-- payload column widens and a seat's catch-up pages stay at most 1,000 × ~11 KB.

-- The header of a chunked file: how many chunks make it and the sha-256 of the whole, so a
-- receiver knows when it is complete and that it is intact. Rows of V10 (content inline, at
-- most 12 KiB) keep `chunk_count` NULL.
ALTER TABLE kb_material ADD COLUMN chunk_count INTEGER;
ALTER TABLE kb_material ADD COLUMN sha256 VARCHAR(64);
ALTER TABLE kb_material ALTER COLUMN content_base64 DROP NOT NULL;

-- One chunk: bytes [chunk_no × 8192, …) of the file, base64 (8 KiB → 10,924 characters).
CREATE TABLE kb_material_chunk (
    id             UUID          PRIMARY KEY,
    material_id    UUID          NOT NULL,
    chunk_no       INTEGER       NOT NULL,         -- 0 … chunk_count - 1
    content_base64 VARCHAR(10924) NOT NULL,
    CONSTRAINT kb_material_chunk_order UNIQUE (material_id, chunk_no)   -- a chunk arrives once
);

-- SeatDesk schema, version 10: the knowledge-base editors' records (issue 6, R-KB-1, R-KB-2).
-- Portable SQL (H2 and PostgreSQL). Every table is append-only: a step, a saved version, an
-- attachment or a catalogue change is a new row, so records from several editors never
-- conflict when they sync (design.md, sync principle 6). The published articles themselves
-- are `kb_article` (V6).

-- R-KB-1: the flow of an item, step by step: who did what, when. The first step of an item
-- (RECEIVE_NOTICE) carries the notice's title in `note` and the issuing department.
CREATE TABLE kb_step (
    id           UUID          PRIMARY KEY,
    item_id      UUID          NOT NULL,          -- the item, and the id of its article once published
    step_no      INTEGER       NOT NULL,          -- 1, 2, … within the item
    action       VARCHAR(24)   NOT NULL,          -- EditorialAction
    actor_id     UUID          NOT NULL,
    actor_name   VARCHAR(64)   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    note         VARCHAR(500),
    department   VARCHAR(64),
    CONSTRAINT kb_step_order UNIQUE (item_id, step_no)   -- two editors cannot both take step n
);

-- R-KB-2: every saved version of an item's text; the history shows what changed between them.
CREATE TABLE kb_revision (
    id           UUID          PRIMARY KEY,
    item_id      UUID          NOT NULL,
    revision_no  INTEGER       NOT NULL,
    section      VARCHAR(16)   NOT NULL,          -- R-KB-3
    category     VARCHAR(64)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    body         VARCHAR(12000) NOT NULL,         -- Markdown, cleaned on save
    language     VARCHAR(2)    NOT NULL,          -- zh | en
    tags         VARCHAR(200)  NOT NULL,
    author_id    UUID          NOT NULL,
    author_name  VARCHAR(64)   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT kb_revision_order UNIQUE (item_id, revision_no)
);

-- R-KB-2: the original material, kept as an attachment (base64, at most 12 KiB decoded).
CREATE TABLE kb_material (
    id             UUID          PRIMARY KEY,
    item_id        UUID          NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    media_type     VARCHAR(100)  NOT NULL,
    size_bytes     INTEGER       NOT NULL,
    content_base64 VARCHAR(16384) NOT NULL,
    added_by       UUID          NOT NULL,
    added_by_name  VARCHAR(64)   NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kb_material_item ON kb_material (item_id);

-- R-KB-2, R-KB-3: the catalogue (categories of each section) as the changes editors made.
CREATE TABLE kb_category (
    id           UUID          PRIMARY KEY,
    section      VARCHAR(16)   NOT NULL,
    category     VARCHAR(64)   NOT NULL,
    change_kind  VARCHAR(8)    NOT NULL,          -- ADD | REMOVE
    actor_id     UUID          NOT NULL,
    actor_name   VARCHAR(64)   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL
);

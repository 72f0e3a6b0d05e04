-- SeatDesk schema, version 6: the knowledge base's published articles and the seat's use of them
-- (issue 6; R-KB-2, R-KB-3, R-KB-4, R-TK-12). Portable SQL (H2 and PostgreSQL).

-- The published state of an article, shared by hub and seats (one row per article, the newest
-- published version). Editors' drafts and the editorial flow (R-KB-1) live elsewhere; they write
-- here through the kb_article PUBLISH / REMOVE operations (docs/hub-api.md).
-- R-KB-2: a removed article keeps its row (removed_at set): it leaves the seats' search on their
-- next sync but stays in history.
CREATE TABLE kb_article (
    id            UUID          PRIMARY KEY,
    section       VARCHAR(16)   NOT NULL,             -- COMPREHENSIVE, BUSINESS, ENCYCLOPEDIA, LIFE (R-KB-3), SCRIPTS (R-TK-12)
    category      VARCHAR(64)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    body          VARCHAR(12000) NOT NULL,            -- Markdown; fits a VARCHAR(20000) change payload as JSON
    language      VARCHAR(8)    NOT NULL,             -- 'zh' | 'en'
    tags          VARCHAR(500)  NOT NULL,             -- comma-separated
    version       INTEGER       NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at    TIMESTAMP WITH TIME ZONE,           -- null while live
    published_by  UUID          NOT NULL
);
CREATE INDEX kb_article_live ON kb_article (removed_at, section);

-- Seat-local: articles an agent pinned, and the ones they opened lately (R-KB-4). Never synced.
CREATE TABLE kb_pin (
    staff_id    UUID          NOT NULL,
    article_id  UUID          NOT NULL,
    pinned_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (staff_id, article_id)
);

CREATE TABLE kb_recent (
    staff_id    UUID          NOT NULL,
    article_id  UUID          NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (staff_id, article_id)
);
CREATE INDEX kb_recent_by_staff ON kb_recent (staff_id, used_at);

-- Which article an agent used on which ticket (append-only; seat-local for now).
CREATE TABLE kb_ticket_link (
    ticket_id   UUID          NOT NULL,
    article_id  UUID          NOT NULL,
    linked_by   UUID          NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ticket_id, article_id)
);

-- Articles: the source of truth for their text. Dedupe is enforced here, not only in code, so that
-- concurrent ingest of the same article can never create two rows.
CREATE TABLE article (
    id            uuid PRIMARY KEY,
    url           text,
    headline      text        NOT NULL,
    standfirst    text,
    authors       text[]      NOT NULL DEFAULT '{}',
    source        text,
    language      text        NOT NULL,
    published_at  timestamptz,
    ingested_at   timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    tags          text[]      NOT NULL DEFAULT '{}',
    sections      jsonb       NOT NULL,
    plain_text    text        NOT NULL,
    word_count    integer     NOT NULL,
    content_hash  text        NOT NULL,
    -- list order: newest first by publication, falling back to ingestion
    listed_at     timestamptz GENERATED ALWAYS AS (coalesce(published_at, ingested_at)) STORED,
    -- headline above section headings and standfirst above body
    search        tsvector GENERATED ALWAYS AS (
                      setweight(to_tsvector('english', headline), 'A')
                   || setweight(to_tsvector('english', coalesce(standfirst, '')), 'B')
                   || setweight(to_tsvector('english', jsonb_path_query_array(sections, '$[*].heading')), 'B')
                   || setweight(to_tsvector('english', jsonb_path_query_array(sections, '$[*].paragraphs[*]')), 'C')
                  ) STORED
);

CREATE UNIQUE INDEX article_url_key ON article (url);
CREATE UNIQUE INDEX article_content_hash_key ON article (content_hash);
CREATE INDEX article_listed_idx ON article (listed_at DESC, id DESC);
CREATE INDEX article_source_listed_idx ON article (source, listed_at DESC, id DESC);
CREATE INDEX article_tags_idx ON article USING gin (tags);
CREATE INDEX article_search_idx ON article USING gin (search);

-- The change feed (transactional outbox): one row per change, written in the change's transaction.
-- Writers take a transaction-scoped advisory lock before inserting, so seq order is commit order.
CREATE TABLE article_event (
    seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id    uuid        NOT NULL,
    version       bigint      NOT NULL,
    type          text        NOT NULL CHECK (type IN ('CREATED', 'UPDATED', 'DELETED')),
    occurred_at   timestamptz NOT NULL,
    -- the article's metadata as of this change; null for DELETED
    headline      text,
    source        text,
    language      text,
    url           text,
    published_at  timestamptz
);

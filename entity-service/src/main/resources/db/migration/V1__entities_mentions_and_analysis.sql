-- Trigram similarity serves the fuzzy name search and the candidate lookup for close misspellings.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per real-world entity. A merged entity keeps its row (its id still answers) and points
-- at the survivor through merged_into; its counts move to the survivor.
CREATE TABLE entity (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL,
    name_key      text        NOT NULL,
    type          varchar(16) NOT NULL CHECK (type IN ('PERSON', 'ORGANIZATION', 'LOCATION', 'MISC')),
    description   text,
    external_ids  jsonb       NOT NULL DEFAULT '{}'::jsonb,
    mention_count integer     NOT NULL DEFAULT 0,
    article_count integer     NOT NULL DEFAULT 0,
    first_seen    timestamptz,
    last_seen     timestamptz,
    merged_into   uuid REFERENCES entity (id),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX entity_by_mentions ON entity (mention_count DESC, id) WHERE merged_into IS NULL;
CREATE INDEX entity_by_name ON entity (name_key, id) WHERE merged_into IS NULL;
CREATE INDEX entity_merged_into ON entity (merged_into) WHERE merged_into IS NOT NULL;

-- Every surface form an entity answers to, keyed by its normalised form and the type the recogniser
-- gave it. origin MACHINE: seen in an article (one entity per key and type); EDITOR: added or
-- confirmed by an editor, matches whatever type the recogniser reports; BLOCKED: an editor removed
-- it, so the resolver must never tie that form to that entity again.
CREATE TABLE entity_alias (
    entity_id    uuid        NOT NULL REFERENCES entity (id) DEFERRABLE INITIALLY DEFERRED,
    alias_key    text        NOT NULL,
    matched_type varchar(16) NOT NULL,
    text         text        NOT NULL,
    origin       varchar(8)  NOT NULL CHECK (origin IN ('MACHINE', 'EDITOR', 'BLOCKED')),
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (entity_id, alias_key, matched_type, origin)
);
CREATE UNIQUE INDEX entity_alias_machine_key ON entity_alias (alias_key, matched_type) WHERE origin = 'MACHINE';
CREATE INDEX entity_alias_by_key ON entity_alias (alias_key text_pattern_ops);
CREATE INDEX entity_alias_key_trgm ON entity_alias USING gin (alias_key gin_trgm_ops);

-- The analysis state of every article the feed announced: the work queue of the consumer.
CREATE TABLE article_analysis (
    article_id       uuid PRIMARY KEY,
    status           varchar(8)  NOT NULL CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
    wanted_version   integer     NOT NULL,
    analyzed_version integer,
    analyzed_at      timestamptz,
    error            text,
    recognizer       text,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    claim_token      uuid,
    claimed_until    timestamptz,
    deleted          boolean     NOT NULL DEFAULT false,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX article_analysis_due ON article_analysis (next_attempt_at, article_id)
    WHERE status <> 'DONE' AND NOT deleted;

-- An entity as it stands in one article.
CREATE TABLE article_entity (
    article_id    uuid             NOT NULL,
    entity_id     uuid             NOT NULL REFERENCES entity (id),
    mention_count integer          NOT NULL,
    salience      double precision NOT NULL,
    published_at  timestamptz,
    -- publishedAt, or ingestedAt when the article has none: the "newest first" order
    sort_at       timestamptz      NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entity_by_entity ON article_entity (entity_id, sort_at DESC, article_id);

CREATE TABLE mention (
    id              bigserial PRIMARY KEY,
    article_id      uuid             NOT NULL,
    article_version integer          NOT NULL,
    entity_id       uuid             NOT NULL REFERENCES entity (id),
    start_offset    integer          NOT NULL,
    end_offset      integer          NOT NULL,
    text            text             NOT NULL,
    sentence        text             NOT NULL,
    confidence      double precision NOT NULL
);
CREATE INDEX mention_by_article ON mention (article_id, entity_id, start_offset);
CREATE INDEX mention_by_entity ON mention (entity_id);

-- How far the consumer has read the article service's change feed.
CREATE TABLE feed_cursor (
    feed       text PRIMARY KEY,
    last_seq   bigint      NOT NULL,
    updated_at timestamptz NOT NULL
);
INSERT INTO feed_cursor (feed, last_seq, updated_at) VALUES ('articles', 0, now());

-- article-service ArticleRepository.list with an ids restriction: GET /articles?ids=...&limit=100, what
-- the gateway asks for each block of 100 candidates of articles(filter: {mentions}). Variables: ids
-- (a quoted, comma-separated list of uuids).
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.id, a.url, a.headline, a.standfirst, a.authors, a.source, a.language, a.published_at, a.ingested_at, a.updated_at, a.version, a.tags, a.sections, a.plain_text, a.word_count, a.content_hash FROM article a WHERE a.id IN (:ids) ORDER BY a.listed_at DESC, a.id DESC LIMIT 101;

-- article-service ArticleRepository.list with an ids restriction: GET /articles?ids=...&limit=100, what
-- the gateway asks for each block of 100 candidates of articles(filter: {mentions}). Variables: ids
-- (a quoted, comma-separated list of uuids).
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.* FROM article a WHERE a.id IN (:ids) ORDER BY a.listed_at DESC, a.id DESC LIMIT 101;

-- entity-service EntityQueries.articleEntities, second query: the mentions of those 20 articles.
-- Variables: ids (a quoted, comma-separated list of uuids).
EXPLAIN (ANALYZE, BUFFERS)
SELECT article_id, entity_id, text, start_offset, end_offset, sentence, confidence
FROM mention WHERE article_id = ANY(ARRAY[:ids]::uuid[]) ORDER BY article_id, start_offset;

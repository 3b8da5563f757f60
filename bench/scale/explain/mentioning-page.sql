-- entity-service EntityQueries.mentioning: GET /articles/mentioning?entities=e&limit=100 (first block),
-- behind articles(filter: {mentions: [...]}), the form for two or more entities (one entity alone is
-- entity-articles-page.sql). Variables: entity.
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM (
  SELECT article_id, max(published_at), sum(mention_count)::int, min(salience), max(sort_at) AS sort_at
  FROM article_entity WHERE entity_id = ANY(ARRAY[:'entity']::uuid[]) GROUP BY article_id HAVING count(*) = 1) shared
ORDER BY sort_at DESC, article_id DESC LIMIT 101;

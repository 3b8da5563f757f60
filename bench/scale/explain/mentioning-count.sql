-- entity-service EntityQueries.mentioning: the totalCount of GET /articles/mentioning. Variables: entity.
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*) FROM (
  SELECT article_id, max(published_at), sum(mention_count)::int, min(salience), max(sort_at) AS sort_at
  FROM article_entity WHERE entity_id = ANY(ARRAY[:'entity']::uuid[]) GROUP BY article_id HAVING count(*) = 1) shared;

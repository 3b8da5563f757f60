-- entity-service EntityQueries.mentioning: the totalCount of GET /articles/mentioning?entities=a,b.
-- Variables: walked (the entity in fewest articles), other.
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*)
FROM article_entity a CROSS JOIN LATERAL (
  SELECT count(*) AS n, sum(b.mention_count)::int AS mentions, min(b.salience) AS salience
  FROM article_entity b WHERE b.article_id = a.article_id AND b.entity_id = ANY(ARRAY[:'other']::uuid[])) o
WHERE a.entity_id = :'walked'::uuid AND o.n = 1;

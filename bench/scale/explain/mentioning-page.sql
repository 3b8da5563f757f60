-- entity-service EntityQueries.mentioning: GET /articles/mentioning?entities=a,b&limit=100 (first block),
-- behind articles(filter: {mentions: [...]}), the form for two or more entities (one entity alone is
-- entity-articles-page.sql): the list of the entity in fewest articles, walked in index order, keeping
-- the articles the others share. Variables: walked (that entity), other.
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.article_id, a.published_at, a.mention_count + o.mentions, least(a.salience, o.salience), a.sort_at
FROM article_entity a CROSS JOIN LATERAL (
  SELECT count(*) AS n, sum(b.mention_count)::int AS mentions, min(b.salience) AS salience
  FROM article_entity b WHERE b.article_id = a.article_id AND b.entity_id = ANY(ARRAY[:'other']::uuid[])) o
WHERE a.entity_id = :'walked'::uuid AND o.n = 1
ORDER BY a.sort_at DESC, a.article_id DESC LIMIT 101;

-- entity-service EntityQueries.articleEntities: GET /articles/entities?ids=... (20 articles, 5 each), behind
-- every Article.entities of a listing. Variables: ids (a quoted, comma-separated list of uuids).
EXPLAIN (ANALYZE, BUFFERS)
SELECT article_id, entity_id, mention_count, salience FROM (
  SELECT ae.article_id, ae.entity_id, ae.mention_count, ae.salience,
         row_number() OVER (PARTITION BY ae.article_id ORDER BY ae.salience DESC, ae.mention_count DESC, ae.entity_id) AS rn
  FROM article_entity ae JOIN entity e ON e.id = ae.entity_id
  WHERE ae.article_id = ANY(ARRAY[:ids]::uuid[])) ranked
WHERE rn <= 5 ORDER BY article_id, rn;

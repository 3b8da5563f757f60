-- entity-service EntityQueries.articles: GET /entities/{id}/articles?cursor=...&limit=20 deep in the list,
-- behind Entity.articles(after:). Variables: entity, after_sort, after_article (the previous page's last key).
EXPLAIN (ANALYZE, BUFFERS)
SELECT article_id, published_at, mention_count, salience, sort_at
FROM article_entity WHERE entity_id = :'entity'::uuid
  AND (sort_at, article_id) < (:'after_sort'::timestamptz, :'after_article'::uuid)
ORDER BY sort_at DESC, article_id DESC LIMIT 21;

-- entity-service EntityQueries.articles: the totalCount of GET /entities/{id}/articles. Variables: entity.
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*) FROM article_entity WHERE entity_id = :'entity'::uuid;

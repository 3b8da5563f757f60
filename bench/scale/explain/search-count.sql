-- article-service ArticleSearch.countSql: the totalCount of GET /articles/search. Variables: q.
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*) FROM article a, websearch_to_tsquery('english', :'q') tsq WHERE a.search @@ tsq;

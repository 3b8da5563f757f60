-- article-service SearchSql.pageSql: which hits make GET /articles/search?q=...&limit=20 (first page),
-- and the gateway's search(query:), with how many matches were read for totalCount. Variables: q (the
-- query in web-search syntax); the bound is the default newsgraph.article.search.max-ranked, 1000.
EXPLAIN (ANALYZE, BUFFERS)
WITH recent AS MATERIALIZED (SELECT a.id, a.listed_at, a.search, tsq FROM article a, websearch_to_tsquery('english', :'q') tsq
                             WHERE a.search @@ tsq ORDER BY a.listed_at DESC, a.id DESC LIMIT 1001),
     ranked AS (SELECT r.id, ts_rank_cd(r.search, r.tsq) AS score
                FROM (SELECT * FROM recent ORDER BY listed_at DESC, id DESC LIMIT 1000) r)
SELECT hit.id, hit.score, total.matched
FROM (SELECT count(*) AS matched FROM recent) total
LEFT JOIN (SELECT ranked.id, ranked.score FROM ranked ORDER BY ranked.score DESC, ranked.id LIMIT 21) hit ON true
ORDER BY hit.score DESC, hit.id;

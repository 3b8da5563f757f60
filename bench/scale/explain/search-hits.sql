-- article-service ArticleSearch.hitsSql: GET /articles/search?q=...&limit=20 (first page), and the
-- gateway's search(query:). Variables: q (the query in web-search syntax).
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.id, a.url, a.headline, a.standfirst, a.authors, a.source, a.language, a.published_at, a.ingested_at, a.updated_at, a.version, a.tags, a.sections, a.plain_text, a.word_count, a.content_hash, hit.score AS score,
       ts_headline('english', a.plain_text, websearch_to_tsquery('english', :'q'),
                   'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
FROM (SELECT * FROM (SELECT a.id, ts_rank_cd(a.search, tsq) AS score
                     FROM article a, websearch_to_tsquery('english', :'q') tsq
                     WHERE a.search @@ tsq) ranked
      ORDER BY ranked.score DESC, ranked.id LIMIT 21) hit
JOIN article a ON a.id = hit.id
ORDER BY hit.score DESC, hit.id;

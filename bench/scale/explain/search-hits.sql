-- article-service SearchSql.hitsSql: the articles and snippets of one page of GET /articles/search.
-- Variables: q, ids (the page's ids, as 'id','id',...).
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.id, a.url, a.headline, a.standfirst, a.authors, a.source, a.language, a.published_at, a.ingested_at, a.updated_at, a.version, a.tags, a.sections, a.plain_text, a.word_count, a.content_hash,
       ts_headline('english', a.plain_text, websearch_to_tsquery('english', :'q'),
                   'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
FROM article a WHERE a.id IN (:ids);

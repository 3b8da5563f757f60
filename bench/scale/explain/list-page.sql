-- article-service ArticleRepository.list: GET /articles?cursor=...&limit=20, newest first, a page deep
-- in the list. Variables: after_listed, after_id (the key of the last article of the previous page).
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.id, a.url, a.headline, a.standfirst, a.authors, a.source, a.language, a.published_at, a.ingested_at, a.updated_at, a.version, a.tags, a.sections, a.plain_text, a.word_count, a.content_hash FROM article a
WHERE (a.listed_at, a.id) < (:'after_listed'::timestamptz, :'after_id'::uuid)
ORDER BY a.listed_at DESC, a.id DESC LIMIT 21;

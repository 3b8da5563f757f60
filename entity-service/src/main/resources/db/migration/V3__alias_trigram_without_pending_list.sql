-- Every analysis looks up close misspellings through the trigram index. With GIN's fast update on, new
-- aliases wait in a pending list that each lookup scans sequentially until (auto)vacuum merges it, so
-- lookups slowed from 0.5 ms to 15 ms a call at 5,000 aliases (docs/benchmarks.md). Aliases arrive a
-- few per article, so inserting them straight into the index costs little.
ALTER INDEX entity_alias_key_trgm SET (fastupdate = off);
SELECT gin_clean_pending_list('entity_alias_key_trgm'::regclass);

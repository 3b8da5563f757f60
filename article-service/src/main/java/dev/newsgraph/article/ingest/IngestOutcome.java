package dev.newsgraph.article.ingest;

/** What ingesting one article did. */
public enum IngestOutcome {
    /** A new article was stored. */
    CREATED,
    /** The same url or content was already stored; the existing article is the answer and nothing changed. */
    DUPLICATE,
    /** The item was rejected (batch only); nothing was stored. */
    ERROR
}

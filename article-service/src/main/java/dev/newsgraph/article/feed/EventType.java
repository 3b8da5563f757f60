package dev.newsgraph.article.feed;

/** What happened to an article. */
public enum EventType {
    CREATED, UPDATED, DELETED
}

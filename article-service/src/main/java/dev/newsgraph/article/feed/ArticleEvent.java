package dev.newsgraph.article.feed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the change feed (the outbox). */
@Entity
@Table(name = "article_event")
public class ArticleEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventType type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public String headline;
    public String source;
    public String language;
    public String url;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The article's metadata as of this event; null on DELETED and on every event of an article deleted since (redacted). */
    public ArticleMetadata metadata() {
        return type == EventType.DELETED || headline == null ? null : new ArticleMetadata(headline, source, language, url, publishedAt);
    }
}

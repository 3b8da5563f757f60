package dev.newsgraph.article.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stored article. The table also has two generated columns that the database keeps itself and this
 * entity does not map: {@code listed_at} (publishedAt, else ingestedAt: the list order) and
 * {@code search} (the weighted full-text vector).
 */
@Entity
@Table(name = "article")
public class Article {

    /**
     * The mapped columns of alias {@code a}, for native queries: {@code a.*} would also read the
     * full-text vector, about as large as the text itself, only to drop it.
     */
    public static final String COLUMNS = "a.id, a.url, a.headline, a.standfirst, a.authors, a.source, a.language, "
            + "a.published_at, a.ingested_at, a.updated_at, a.version, a.tags, a.sections, a.plain_text, a.word_count, a.content_hash";

    @Id
    public UUID id;

    /** The normalised url: what dedupe compares and what is shown. */
    public String url;

    @Column(nullable = false)
    public String headline;

    public String standfirst;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> authors;

    public String source;

    @Column(nullable = false)
    public String language;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Section> sections;

    @Column(name = "plain_text", nullable = false)
    public String text;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** Where this article stands in the newest-first order, as the database's {@code listed_at} has it. */
    public Instant listedAt() {
        return publishedAt != null ? publishedAt : ingestedAt;
    }
}

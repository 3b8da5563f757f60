package dev.newsgraph.article.feed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The article change feed as a transactional outbox. {@link #append} must run inside the transaction
 * of the change it records, so the event commits if and only if the change does.
 *
 * <p>Sequence numbers come from an identity column, which alone would hand them out in insert order
 * but let them commit in any order: a reader could see seq 8 committed while 7 is still in flight and
 * skip 7 for good. Every writer therefore takes one transaction-scoped advisory lock before it draws
 * its number and holds it until its commit is visible, so numbers become visible strictly in order.
 * Writers take the lock as their last step, which keeps the serialised part short.
 */
@ApplicationScoped
public class ChangeFeed implements PanacheRepositoryBase<ArticleEvent, Long> {

    /** Key of the advisory lock that serialises event writers ("ngfeed" in ASCII). */
    static final long WRITER_LOCK = 0x6e67_6665_6564L;

    @Transactional(Transactional.TxType.MANDATORY)
    public ArticleEvent append(UUID articleId, long version, EventType type, ArticleMetadata metadata) {
        getEntityManager().flush();
        getEntityManager().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)").setParameter(1, WRITER_LOCK).getSingleResult();
        ArticleEvent event = new ArticleEvent();
        event.articleId = articleId;
        event.version = version;
        event.type = type;
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (metadata != null) {
            event.headline = metadata.headline();
            event.source = metadata.source();
            event.language = metadata.language();
            event.url = metadata.url();
            event.publishedAt = metadata.publishedAt();
        }
        persistAndFlush(event);
        return event;
    }

    /**
     * Redacts the earlier events of a deleted article, in the transaction of its deletion: they keep
     * their seq, type, article id, version and time, and lose every bit of the article's content (headline,
     * source, language, url, publishedAt), so the open feed shows nothing of an article once it is deleted.
     *
     * @return how many events were redacted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int redact(UUID articleId) {
        return getEntityManager().createNativeQuery("UPDATE article_event SET headline = NULL, source = NULL, language = NULL,"
                + " url = NULL, published_at = NULL WHERE article_id = :id AND headline IS NOT NULL")
                .setParameter("id", articleId).executeUpdate();
    }

    /** Events with a sequence number above {@code after}, in sequence order. */
    public List<ArticleEvent> after(long after, int limit) {
        return find("seq > ?1", Sort.by("seq"), after).page(0, limit).list();
    }
}

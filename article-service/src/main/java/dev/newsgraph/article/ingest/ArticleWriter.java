package dev.newsgraph.article.ingest;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.StaleStateException;

import dev.newsgraph.article.feed.ArticleMetadata;
import dev.newsgraph.article.feed.ChangeFeed;
import dev.newsgraph.article.feed.EventType;
import dev.newsgraph.article.store.Article;
import dev.newsgraph.article.store.ArticleRepository;
import dev.newsgraph.commons.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Every change to an article goes through here: create (with dedupe), update and delete, each in one
 * transaction together with its change-feed event.
 */
@ApplicationScoped
public class ArticleWriter {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Raised by PostgreSQL when the search vector of an article would exceed 1 MB. */
    private static final String PROGRAM_LIMIT_EXCEEDED = "54000";
    private static final int CREATE_ATTEMPTS = 3;

    @Inject
    ArticleRepository articles;

    @Inject
    ChangeFeed feed;

    /**
     * Stores the draft, or answers the article that already has its normalised url or content hash.
     * The unique indexes on both decide races: when a concurrent request stores the same article
     * between our lookup and our insert, our insert fails, rolls back, and the retry finds theirs.
     */
    public IngestResult create(ArticleDraft draft) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> createOnce(draft));
            } catch (RuntimeException e) {
                if (hasSqlState(e, PROGRAM_LIMIT_EXCEEDED)) {
                    throw tooLargeToIndex();
                }
                if (!hasSqlState(e, UNIQUE_VIOLATION) || attempt == CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private IngestResult createOnce(ArticleDraft draft) {
        Optional<Article> existing = articles.findDuplicate(draft.url(), draft.contentHash());
        if (existing.isPresent()) {
            return new IngestResult(IngestOutcome.DUPLICATE, existing.get());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.version = 1;
        article.ingestedAt = now;
        apply(draft, article, now);
        articles.persistAndFlush(article);
        feed.append(article.id, article.version, EventType.CREATED, metadata(article));
        return new IngestResult(IngestOutcome.CREATED, article);
    }

    /**
     * Replaces the article's content and metadata if it is still at {@code expectedVersion}.
     *
     * @throws ProblemException 404 when there is no such article, 412 when its version differs (also
     *                          when a concurrent update commits first), 409 when the new url or
     *                          content is another article's
     */
    @Transactional
    public Article update(UUID id, Long expectedVersion, ArticleDraft draft) {
        Article article = existing(id, expectedVersion);
        if (articles.findDuplicateOf(id, draft.url(), draft.contentHash()).isPresent()) {
            throw duplicateOfAnother();
        }
        apply(draft, article, Instant.now().truncatedTo(ChronoUnit.MICROS));
        flush(id);
        feed.append(article.id, article.version, EventType.UPDATED, metadata(article));
        return article;
    }

    /**
     * Removes the article. Its DELETED event carries the version after the article's last one, so
     * every event of an article has a higher version than the one before; its earlier events are
     * redacted in the same transaction ({@link ChangeFeed#redact}).
     */
    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        Article article = existing(id, expectedVersion);
        articles.delete(article);
        flush(id);
        feed.redact(id);
        feed.append(id, article.version + 1, EventType.DELETED, null);
    }

    private Article existing(UUID id, Long expectedVersion) {
        Article article = articles.findById(id);
        if (article == null) {
            throw ProblemException.notFound("No article " + id);
        }
        if (expectedVersion != null && article.version != expectedVersion) {
            throw stale(id, article.version, expectedVersion);
        }
        return article;
    }

    private void flush(UUID id) {
        try {
            articles.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ProblemException.preconditionFailed("Article " + id + " was changed concurrently; fetch it again");
        } catch (PersistenceException e) {
            if (hasSqlState(e, UNIQUE_VIOLATION)) {
                throw duplicateOfAnother();
            }
            if (hasSqlState(e, PROGRAM_LIMIT_EXCEEDED)) {
                throw tooLargeToIndex();
            }
            throw e;
        }
    }

    private static void apply(ArticleDraft draft, Article article, Instant now) {
        article.url = draft.url();
        article.headline = draft.headline();
        article.standfirst = draft.standfirst();
        article.authors = draft.authors();
        article.source = draft.source();
        article.language = draft.language();
        article.publishedAt = draft.publishedAt();
        article.tags = draft.tags();
        article.sections = draft.sections();
        article.text = draft.text();
        article.wordCount = draft.wordCount();
        article.contentHash = draft.contentHash();
        article.updatedAt = now;
    }

    private static ArticleMetadata metadata(Article article) {
        return new ArticleMetadata(article.headline, article.source, article.language, article.url, article.publishedAt);
    }

    private static ProblemException stale(UUID id, long current, long expected) {
        return ProblemException.preconditionFailed(
                "Article " + id + " is at version " + current + ", not " + expected + "; fetch it again");
    }

    private static ProblemException duplicateOfAnother() {
        return ProblemException.conflict("duplicate-article", "Another article already has this url or this content");
    }

    private static ProblemException tooLargeToIndex() {
        return ProblemException.payloadTooLarge("The article has too many distinct words to be indexed for search");
    }

    private static boolean hasSqlState(Throwable e, String sqlState) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

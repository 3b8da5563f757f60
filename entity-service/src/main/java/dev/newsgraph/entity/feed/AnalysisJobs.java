package dev.newsgraph.entity.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.entity.entity.ArticleResultsStore;
import dev.newsgraph.entity.feed.ArticleServiceClient.ChangeEvent;
import dev.newsgraph.entity.feed.ArticleServiceClient.EventPage;

/**
 * The consumer's durable state: the feed cursor and one analysis job per article. Events become jobs
 * (or, for a delete, removed results) in the same transaction that advances the cursor, so a crash
 * neither loses nor doubles an event; jobs are claimed with {@code FOR UPDATE SKIP LOCKED} and a lease
 * so instances sharing the database never analyse one article at once, nor skip one.
 */
@ApplicationScoped
public class AnalysisJobs {

    static final String FEED = "articles";

    @Inject
    EntityManager em;

    @Inject
    ArticleResultsStore results;

    @Inject
    FeedConfig config;

    @Inject
    AnalysisEvents events;

    @Inject
    ClaimConflicts conflicts;

    @Transactional
    public long cursor() {
        return sql(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT last_seq FROM feed_cursor WHERE feed = ?")) {
                st.setString(1, FEED);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Records a page of events and advances the cursor past it; events at or before the stored cursor are skipped. */
    @Transactional
    public int record(EventPage page) {
        long stored = sql(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT last_seq FROM feed_cursor WHERE feed = ? FOR UPDATE")) {
                st.setString(1, FEED);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        int recorded = 0;
        long last = stored;
        for (ChangeEvent event : page.events()) {
            if (event.seq() <= stored) {
                continue;
            }
            if ("DELETED".equals(event.type())) {
                markDeleted(event);
            } else {
                want(event.articleId(), event.version());
            }
            last = Math.max(last, event.seq());
            recorded++;
        }
        long cursor = Math.max(last, Math.max(stored, page.lastSeq()));
        sql(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE feed_cursor SET last_seq = ?, updated_at = now() WHERE feed = ?")) {
                st.setLong(1, cursor);
                st.setString(2, FEED);
                return st.executeUpdate();
            }
        });
        return recorded;
    }

    /**
     * Reserves up to {@code max} due articles for this instance. A due article whose earlier claim is
     * still stamped on it was claimed before and its lease ran out: counted as a conflict.
     */
    @Transactional
    public List<UUID> claim(int max, UUID token) {
        return sql(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    WITH due AS (
                      SELECT article_id, claimed_until IS NOT NULL AS lease_expired FROM article_analysis
                      WHERE status <> 'DONE' AND NOT deleted AND next_attempt_at <= now()
                        AND (claimed_until IS NULL OR claimed_until < now())
                      ORDER BY next_attempt_at, article_id LIMIT ? FOR UPDATE SKIP LOCKED)
                    UPDATE article_analysis job SET claim_token = ?, claimed_until = now() + make_interval(secs => ?)
                    FROM due WHERE job.article_id = due.article_id
                    RETURNING job.article_id, due.lease_expired""")) {
                st.setInt(1, max);
                st.setObject(2, token);
                st.setDouble(3, config.claimLease().toMillis() / 1000.0);
                List<UUID> ids = new ArrayList<>();
                int expired = 0;
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                        expired += rs.getBoolean(2) ? 1 : 0;
                    }
                }
                conflicts.leaseExpired(expired);
                return ids;
            }
        });
    }

    /** Gives claimed articles back untouched (the article service was unreachable, or the pool was full). */
    @Transactional
    public void release(Collection<UUID> articleIds, UUID token) {
        sql(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE article_analysis SET claim_token = NULL, claimed_until = NULL
                    WHERE article_id = ANY(?) AND claim_token = ?""")) {
                st.setArray(1, c.createArrayOf("uuid", articleIds.toArray()));
                st.setObject(2, token);
                int released = st.executeUpdate();
                conflicts.released(released);
                return released;
            }
        });
    }

    /**
     * Marks a claimed article failed with its reason; it is retried after an exponential back-off.
     * @return false when the claim was no longer this instance's (taken over, counted, or the article deleted)
     */
    @Transactional
    public boolean fail(UUID articleId, int version, UUID token, String reason) {
        return sql(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE article_analysis SET status = 'FAILED', error = ?, attempts = attempts + 1,
                      next_attempt_at = now() + make_interval(secs => least(? * power(2, attempts), ?)),
                      claim_token = NULL, claimed_until = NULL, updated_at = now()
                    WHERE article_id = ? AND claim_token = ?""")) {
                st.setString(1, reason);
                st.setDouble(2, config.retryBackoffInitial().toMillis() / 1000.0);
                st.setDouble(3, config.retryBackoffMax().toMillis() / 1000.0);
                st.setObject(4, articleId);
                st.setObject(5, token);
                if (st.executeUpdate() == 0) {
                    if (isLive(c, articleId)) {
                        conflicts.claimLost();
                    }
                    return false;
                }
            }
            events.notify(c, new AnalysisFinished(articleId, version, "FAILED"));
            return true;
        });
    }

    /** Whether the article's job is still there and not deleted: a claim it no longer carries was then taken over. */
    private static boolean isLive(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT NOT deleted FROM article_analysis WHERE article_id = ?")) {
            st.setObject(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Asks for a fresh analysis of a known article, now. */
    @Transactional
    public AnalysisStatus reanalyze(UUID articleId) {
        ArticleAnalysisRecord job = ArticleAnalysisRecord.findById(articleId);
        if (job == null || job.deleted) {
            throw ProblemException.notFound("No article " + articleId + " has reached the entity service");
        }
        job.status = "PENDING";
        job.attempts = 0;
        job.nextAttemptAt = Instant.now();
        job.updatedAt = Instant.now();
        return job.view();
    }

    @Transactional
    public Map<UUID, AnalysisStatus> statuses(Collection<UUID> articleIds) {
        List<ArticleAnalysisRecord> jobs = ArticleAnalysisRecord.list("articleId in ?1 and deleted = false", new ArrayList<>(articleIds));
        Map<UUID, AnalysisStatus> byId = new HashMap<>();
        jobs.forEach(j -> byId.put(j.articleId, j.view()));
        return byId;
    }

    private void want(UUID articleId, int version) {
        sql(c -> {
            // a job is reset only for a version newer than any asked for or analysed: a replayed event changes nothing
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO article_analysis (article_id, status, wanted_version, next_attempt_at, updated_at)
                    VALUES (?, 'PENDING', ?, now(), now())
                    ON CONFLICT (article_id) DO UPDATE SET
                      status = CASE WHEN NOT article_analysis.deleted AND EXCLUDED.wanted_version >
                          greatest(article_analysis.wanted_version, coalesce(article_analysis.analyzed_version, 0))
                        THEN 'PENDING' ELSE article_analysis.status END,
                      attempts = CASE WHEN NOT article_analysis.deleted AND EXCLUDED.wanted_version >
                          greatest(article_analysis.wanted_version, coalesce(article_analysis.analyzed_version, 0))
                        THEN 0 ELSE article_analysis.attempts END,
                      next_attempt_at = CASE WHEN NOT article_analysis.deleted AND EXCLUDED.wanted_version >
                          greatest(article_analysis.wanted_version, coalesce(article_analysis.analyzed_version, 0))
                        THEN now() ELSE article_analysis.next_attempt_at END,
                      wanted_version = greatest(article_analysis.wanted_version, EXCLUDED.wanted_version),
                      updated_at = now()""")) {
                st.setObject(1, articleId);
                st.setInt(2, version);
                return st.executeUpdate();
            }
        });
    }

    private void markDeleted(ChangeEvent event) {
        // the job row is locked first, as an analysis storing its results does, then the results go
        sql(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO article_analysis (article_id, status, wanted_version, next_attempt_at, deleted, updated_at)
                    VALUES (?, 'DONE', ?, now(), true, now())
                    ON CONFLICT (article_id) DO UPDATE SET deleted = true, status = 'DONE', claim_token = NULL,
                      claimed_until = NULL, updated_at = now()""")) {
                st.setObject(1, event.articleId());
                st.setInt(2, event.version());
                return st.executeUpdate();
            }
        });
        results.replace(event.articleId(), event.version(), null, Instant.EPOCH, Map.of());
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}

package dev.newsgraph.entity.feed;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import dev.newsgraph.entity.entity.AliasRepository;
import dev.newsgraph.entity.entity.ArticleResultsStore;
import dev.newsgraph.entity.entity.ArticleResultsStore.EntityInArticle;
import dev.newsgraph.entity.feed.ArticleServiceClient.Article;
import dev.newsgraph.entity.resolution.AliasResolver;
import dev.newsgraph.entity.resolution.GroupedMention;
import dev.newsgraph.entity.resolution.NameGroup;
import dev.newsgraph.entity.resolution.NameNormalizer;
import dev.newsgraph.entity.resolution.SalienceScorer;

/**
 * Stores one article's analysis in one transaction: the job row is locked first (so a delete or a
 * second instance waits), names are resolved against the entity database, the article's previous
 * results are replaced and the job is marked done.
 */
@ApplicationScoped
public class AnalysisCompletion {

    @Inject
    EntityManager em;

    @Inject
    AliasRepository aliases;

    @Inject
    ClaimConflicts conflicts;

    @Inject
    ArticleResultsStore results;

    @Inject
    AnalysisEvents events;

    /** @return false when the claim was lost (lease expired and another instance took over) or the article went away */
    @Transactional
    public boolean complete(Article article, UUID token, List<NameGroup> groups, String recognizer) {
        Job job = lockJob(article.id());
        if (job == null) {
            return false;
        }
        if (!token.equals(job.claimToken())) {
            // a delete clears the claim too; only a live job's claim can have been taken over
            if (!job.deleted()) {
                conflicts.claimLost();
            }
            return false;
        }
        if (job.deleted() || (job.analyzedVersion() != null && article.version() < job.analyzedVersion())) {
            finish(article.id(), job.analyzedVersion() == null ? article.version() : job.analyzedVersion(), recognizer);
            return false;
        }
        Map<UUID, List<GroupedMention>> byEntity = new AliasResolver(aliases).resolve(groups);
        results.replace(article.id(), article.version(), article.publishedAt(), article.sortAt(),
                salience(article, byEntity));
        finish(article.id(), article.version(), recognizer);
        em.unwrap(Session.class).doWork(c -> events.notify(c, new AnalysisFinished(article.id(), article.version(), "DONE")));
        return true;
    }

    private static Map<UUID, EntityInArticle> salience(Article article, Map<UUID, List<GroupedMention>> byEntity) {
        String text = article.text();
        String headline = article.headline() == null ? "" : article.headline();
        int headlineEnd = !headline.isEmpty() && text.startsWith(headline) ? headline.length() : 0;
        String headlineKey = " " + NameNormalizer.key(headline) + " ";
        int most = byEntity.values().stream().mapToInt(List::size).max().orElse(0);
        Map<UUID, EntityInArticle> scored = new HashMap<>();
        byEntity.forEach((entity, mentions) -> {
            boolean inHeadline = mentions.stream().anyMatch(m -> m.start() < headlineEnd
                    || (headlineEnd == 0 && headlineKey.contains(" " + m.key() + " ")));
            double salience = SalienceScorer.score(mentions.size(), most, mentions.get(0).start(), text.length(), inHeadline);
            scored.put(entity, new EntityInArticle(mentions, salience));
        });
        return scored;
    }

    private record Job(UUID claimToken, boolean deleted, Integer analyzedVersion) {
    }

    private Job lockJob(UUID articleId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT claim_token, deleted, analyzed_version FROM article_analysis WHERE article_id = ? FOR UPDATE")) {
                st.setObject(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    return new Job(rs.getObject(1, UUID.class), rs.getBoolean(2), (Integer) rs.getObject(3));
                }
            }
        });
    }

    private void finish(UUID articleId, int version, String recognizer) {
        em.unwrap(Session.class).doWork(c -> {
            // an update announced meanwhile (wanted_version above what was analysed) keeps the job pending
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE article_analysis SET
                      status = CASE WHEN wanted_version > ? AND NOT deleted THEN 'PENDING' ELSE 'DONE' END,
                      analyzed_version = ?, analyzed_at = now(), error = NULL, recognizer = ?, attempts = 0,
                      next_attempt_at = now(), claim_token = NULL, claimed_until = NULL, updated_at = now()
                    WHERE article_id = ?""")) {
                st.setInt(1, version);
                st.setInt(2, version);
                st.setString(3, recognizer);
                st.setObject(4, articleId);
                st.executeUpdate();
            }
        });
    }
}

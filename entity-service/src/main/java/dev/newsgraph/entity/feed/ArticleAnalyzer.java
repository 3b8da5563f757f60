package dev.newsgraph.entity.feed;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.entity.feed.ArticleServiceClient.Article;
import dev.newsgraph.entity.recognition.EntityRecognizer;
import dev.newsgraph.entity.recognition.Recognition;
import dev.newsgraph.entity.resolution.ArticleNameGrouper;
import dev.newsgraph.entity.resolution.NameGroup;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Analyses one claimed article: recognition and grouping (CPU, outside any transaction), then the
 * store. A failure marks the article FAILED with its reason; it never stops other articles. Counts
 * what it does ({@code newsgraph_analysis_articles_total}, {@code _tokens_total},
 * {@code _outcomes_total{outcome}}), so operators and benchmarks see throughput and that no article is
 * analysed twice.
 */
@ApplicationScoped
public class ArticleAnalyzer {

    private static final Logger LOG = Logger.getLogger(ArticleAnalyzer.class);
    /** Concurrent analyses sharing entities may deadlock in PostgreSQL; the loser simply runs again. */
    private static final int STORE_ATTEMPTS = 3;

    @Inject
    EntityRecognizer recognizer;

    @Inject
    AnalysisCompletion completion;

    @Inject
    AnalysisJobs jobs;

    @Inject
    MeterRegistry metrics;

    @Inject
    ClaimConflicts conflicts;

    /** Analyses and stores the article, or records why it failed; the outcome is announced on the analysis stream. */
    public void analyze(Article article, UUID token) {
        try {
            if (article.text() == null || article.text().isBlank()) {
                throw new UnanalysableArticle("The article has no text to analyse");
            }
            Recognition recognition = recognizer.recognize(article.text());
            metrics.counter("newsgraph.analysis.articles").increment();
            metrics.counter("newsgraph.analysis.tokens").increment(recognition.tokens());
            List<NameGroup> groups = ArticleNameGrouper.group(article.text(), recognition.mentions());
            for (int attempt = 1;; attempt++) {
                try {
                    boolean stored = completion.complete(article, token, groups, recognizer.version());
                    outcome(stored ? "stored" : "superseded");
                    return;
                } catch (RuntimeException e) {
                    if (attempt >= STORE_ATTEMPTS || !isTransientConflict(e)) {
                        throw e;
                    }
                    conflicts.storeRetried();
                }
            }
        } catch (UnanalysableArticle e) {
            LOG.warnf("Article %s version %d cannot be analysed: %s", article.id(), article.version(), e.getMessage());
            jobs.fail(article.id(), article.version(), token, e.getMessage());
            outcome("failed");
        } catch (RuntimeException e) {
            // the reason is shown by the status API: it names the failure, never its internals
            LOG.warnf(e, "Analysis of article %s version %d failed", article.id(), article.version());
            jobs.fail(article.id(), article.version(), token, "Analysis failed (" + e.getClass().getSimpleName() + "); it will be retried");
            outcome("failed");
        }
    }

    private void outcome(String outcome) {
        metrics.counter("newsgraph.analysis.outcomes", "outcome", outcome).increment();
    }

    /** What is wrong with the article itself; its message is the reason the status API shows. */
    static class UnanalysableArticle extends RuntimeException {
        UnanalysableArticle(String reason) {
            super(reason, null, false, false);
        }
    }

    private static boolean isTransientConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}

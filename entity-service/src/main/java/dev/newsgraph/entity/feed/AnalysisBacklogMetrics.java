package dev.newsgraph.entity.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * How far analysis is behind, read from the database at each scrape so every replica reports the one
 * shared truth: the feed cursor (the article service's {@code newsgraph_feed_head} minus it is the
 * events not yet recorded), the jobs not analysed yet and how long the oldest of them has waited
 * since it was last queued. A scrape while the database is down reports NaN, which alerts on the
 * database itself cover.
 */
@Singleton
public class AnalysisBacklogMetrics implements MeterBinder {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("newsgraph.feed.cursor", this, m -> m.query("SELECT last_seq FROM feed_cursor WHERE feed = '" + AnalysisJobs.FEED + "'"))
                .description("Sequence number of the last article-service feed event recorded as analysis work").register(registry);
        Gauge.builder("newsgraph.analysis.backlog", this,
                m -> m.query("SELECT count(*) FROM article_analysis WHERE status <> 'DONE' AND NOT deleted"))
                .description("Articles waiting for analysis (pending, or failed and due again)").register(registry);
        Gauge.builder("newsgraph.analysis.oldest.pending.age", this,
                m -> m.query("SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(updated_at)), 0) FROM article_analysis"
                        + " WHERE status <> 'DONE' AND NOT deleted"))
                .baseUnit("seconds").description("How long the longest-waiting article not yet analysed has waited since it was queued")
                .register(registry);
    }

    /** One number from the database, NaN when it does not answer; the rows read are those of the partial index of due jobs, as few as the backlog. */
    private double query(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getDouble(1) : Double.NaN;
        } catch (SQLException unavailable) {
            return Double.NaN;
        }
    }
}

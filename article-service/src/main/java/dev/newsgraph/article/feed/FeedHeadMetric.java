package dev.newsgraph.article.feed;

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
 * The change feed's head, the sequence number of its last event, read at each scrape: the entity
 * service's {@code newsgraph_feed_cursor} subtracted from it is how many events analysis has not yet
 * taken up. NaN while the database does not answer.
 */
@Singleton
public class FeedHeadMetric implements MeterBinder {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("newsgraph.feed.head", this, FeedHeadMetric::head)
                .description("Sequence number of the last event of the article change feed").register(registry);
    }

    private double head() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(max(seq), 0) FROM article_event");
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getDouble(1) : Double.NaN;
        } catch (SQLException unavailable) {
            return Double.NaN;
        }
    }
}

package dev.newsgraph.commons.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code newsgraph_database_up}: 1 while the service's database answers, 0 while it does not, checked
 * at each scrape as the readiness probe checks it (a pooled connection, valid within a second). The
 * "database unavailable" alert reads it, rather than guessing from 503 answers, which only come while
 * requests arrive. A service without a datasource (the gateway) exposes nothing.
 */
@Singleton
public class DatabaseUpMetric implements MeterBinder {

    static final String NAME = "newsgraph.database.up";
    private static final int VALID_WITHIN_SECONDS = 1;

    @Inject
    Instance<DataSource> dataSource;

    @Override
    public void bindTo(MeterRegistry registry) {
        if (dataSource.isResolvable()) {
            Gauge.builder(NAME, this, DatabaseUpMetric::probe).description("1 while the service's database answers, else 0")
                    .register(registry);
        }
    }

    private double probe() {
        try (Connection connection = dataSource.get().getConnection()) {
            return connection.isValid(VALID_WITHIN_SECONDS) ? 1 : 0;
        } catch (SQLException unavailable) {
            return 0;
        }
    }
}

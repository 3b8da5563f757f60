package dev.newsgraph.entity.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Finished analyses as a stream, across every instance sharing the database: the transaction that
 * records an outcome sends a PostgreSQL NOTIFY (delivered only if it commits), and each instance
 * LISTENs and fans the events out to its own stream subscribers. Nothing is kept for late subscribers.
 */
@ApplicationScoped
public class AnalysisEvents {

    static final String CHANNEL = "analysis_finished";
    private static final Logger LOG = Logger.getLogger(AnalysisEvents.class);
    private static final int WAIT_MILLIS = 500;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    private final BroadcastProcessor<AnalysisFinished> processor = BroadcastProcessor.create();
    private volatile boolean running = true;
    private Thread listener;

    /** Announces {@code event} when the caller's transaction (on {@code c}) commits. */
    void notify(Connection c, AnalysisFinished event) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            st.setString(1, CHANNEL);
            st.setString(2, mapper.writeValueAsString(event));
            st.execute();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an analysis event cannot be written as JSON", e);
        }
    }

    public Multi<AnalysisFinished> stream() {
        return processor;
    }

    void start(@Observes StartupEvent startup) {
        listener = new Thread(this::listen, "entity-analysis-events");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            publish(mapper.readValue(n.getParameter(), AnalysisFinished.class));
                        }
                    }
                }
            } catch (SQLException | JsonProcessingException e) {
                if (running) {
                    LOG.warnf("Listening for finished analyses failed (%s); listening again shortly", e.toString());
                    pause();
                }
            }
        }
    }

    /** Serialised: a processor takes one signal at a time. */
    private synchronized void publish(AnalysisFinished event) {
        processor.onNext(event);
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

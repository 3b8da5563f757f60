package dev.newsgraph.article.search;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Runs a search in a read transaction whose statements PostgreSQL cancels after
 * {@link SearchLimits#statementTimeout()} ({@code set_config('statement_timeout', .., true)}, i.e.
 * {@code SET LOCAL}: it ends with the transaction and never leaks to the pooled connection's next
 * user). A cancelled search answers 503 {@code query-timeout} (commons {@code StatementTimeout}) and is
 * logged; no single search holds a backend for longer.
 */
@ApplicationScoped
public class SearchTimeout {

    @Inject
    EntityManager em;

    @Inject
    SearchLimits config;

    @Transactional
    public <T> T within(Supplier<T> search) {
        em.createNativeQuery("SELECT set_config('statement_timeout', :ms, true)")
                .setParameter("ms", Long.toString(config.statementTimeout().toMillis()))
                .getSingleResult();
        return search.get();
    }
}

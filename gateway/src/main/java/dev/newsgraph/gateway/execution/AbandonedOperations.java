package dev.newsgraph.gateway.execution;

import java.util.concurrent.atomic.AtomicBoolean;

import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetcher;

/**
 * Stops an operation whose client has gone away from calling the services any further: the HTTP
 * endpoint marks the operation abandoned when the connection closes before the answer is written
 * ({@link #KEY} in the operation's context), and every resolving field checks the mark before it
 * fetches. Calls already in flight finish (bounded by the clients' timeout, never retried when they
 * time out); nothing new starts for an answer nobody will read.
 */
public final class AbandonedOperations {

    /** GraphQL context key of the operation's mark, an {@link AtomicBoolean}. */
    public static final String KEY = AbandonedOperations.class.getName();

    private AbandonedOperations() {
    }

    static DataFetcher<?> stoppingWhenAbandoned(DataFetcher<?> fetcher) {
        return environment -> {
            AtomicBoolean abandoned = environment.getGraphQlContext().get(KEY);
            if (abandoned != null && abandoned.get()) {
                throw new AbortExecutionException("The client went away; the operation was stopped");
            }
            return fetcher.get(environment);
        };
    }
}

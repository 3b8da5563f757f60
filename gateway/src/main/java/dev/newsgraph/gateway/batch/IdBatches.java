package dev.newsgraph.gateway.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.newsgraph.commons.batch.IdList;
import io.smallrye.mutiny.Uni;

/**
 * Batch lookups for GraphQL batch fields: de-duplicates the ids of a whole level of the query and
 * sends them in as few service calls as the services allow (at most 500 ids per call), in parallel.
 */
public final class IdBatches {

    /** Most ids a service accepts in one batch lookup. */
    public static final int MAX_IDS = IdList.MAX;

    private IdBatches() {
    }

    /** The distinct ids, in first-seen order. */
    public static List<String> distinct(List<String> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    /** The ids joined for an {@code ids=} parameter. */
    public static String join(List<String> ids) {
        return String.join(",", ids);
    }

    /**
     * Calls {@code lookup} once per chunk of at most {@link #MAX_IDS} distinct ids and merges the
     * answers into one map by id.
     *
     * @param lookup one call for a comma-joined chunk of ids, answering a map keyed by id
     */
    public static <V> Uni<Map<String, V>> lookup(List<String> ids, Function<String, Uni<Map<String, V>>> lookup) {
        List<String> distinct = distinct(ids);
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Map<String, V>>> calls = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_IDS) {
            calls.add(lookup.apply(join(distinct.subList(from, Math.min(distinct.size(), from + MAX_IDS)))));
        }
        if (calls.size() == 1) {
            return calls.get(0);
        }
        return Uni.join().all(calls).andFailFast().map(maps -> {
            Map<String, V> merged = new HashMap<>();
            maps.forEach(merged::putAll);
            return merged;
        });
    }
}

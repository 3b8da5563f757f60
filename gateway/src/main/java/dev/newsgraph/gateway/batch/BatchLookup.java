package dev.newsgraph.gateway.batch;

import java.util.List;

/**
 * A service's answer to a batch lookup ({@code GET ...?ids=a,b,c}): the items found, in the order
 * requested, and the ids it does not know.
 */
public record BatchLookup<T>(List<T> items, List<String> missing) {

    public BatchLookup {
        items = items == null ? List.of() : items;
        missing = missing == null ? List.of() : missing;
    }
}

package dev.newsgraph.gateway.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operation names metrics are tagged with, bounded: clients choose operation names, so each new
 * name would be new time series. The first {@code limit} names seen are kept as they are (in trusted
 * documents mode only registered operations run, so a manifest under the limit is named in full);
 * every later one is {@code other}, an anonymous operation {@code anonymous}.
 */
final class OperationNames {

    static final String OTHER = "other";
    static final String ANONYMOUS = "anonymous";

    private final int limit;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    OperationNames(int limit) {
        this.limit = limit;
    }

    String tag(String operationName) {
        if (operationName == null) {
            return ANONYMOUS;
        }
        if (known.contains(operationName)) {
            return operationName;
        }
        synchronized (known) {
            if (known.size() < limit) {
                known.add(operationName);
                return operationName;
            }
        }
        return known.contains(operationName) ? operationName : OTHER;
    }
}

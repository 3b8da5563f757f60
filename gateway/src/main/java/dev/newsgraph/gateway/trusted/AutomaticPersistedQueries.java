package dev.newsgraph.gateway.trusted;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Apollo's automatic persisted queries: a client sends only a query's SHA-256; on a miss it sends the
 * query with its hash once, and the gateway remembers it. Documents are registered only after they
 * pass admission (parse and limits) and only under their true hash, so the store holds nothing a
 * client could not have sent in full. Bounded: the least recently used documents are forgotten first.
 */
public final class AutomaticPersistedQueries {

    private final Map<String, String> byHash;

    public AutomaticPersistedQueries(int maxDocuments) {
        this.byHash = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxDocuments;
            }
        });
    }

    public Optional<String> document(String sha256Hash) {
        return Optional.ofNullable(byHash.get(sha256Hash.toLowerCase(Locale.ROOT)));
    }

    /** Remembers an admitted document under its own hash. */
    public void register(String document) {
        byHash.put(TrustedDocuments.sha256(document), document);
    }

    public static boolean matches(String document, String sha256Hash) {
        return TrustedDocuments.sha256(document).equalsIgnoreCase(sha256Hash);
    }
}

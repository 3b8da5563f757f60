package dev.newsgraph.gateway.limits;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.newsgraph.gateway.trusted.AutomaticPersistedQueries;
import dev.newsgraph.gateway.trusted.TrustedDocuments;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Decides, before a GraphQL request runs, whether it may: resolves a trusted (persisted) document or
 * an automatic persisted query from its hash, refuses a request without a query and a query that does
 * not parse ({@code GRAPHQL_PARSE_FAILED}, with the parser's location), checks the limits that cost
 * the server before execution (query length, aliases), and tells which kind of operation the request
 * names, so the transport can refuse what it cannot carry (a mutation over GET, a subscription over
 * HTTP).
 */
public final class OperationAdmission {

    /** A request that is not a GraphQL request over HTTP: no query, not a JSON object, not UTF-8. */
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";

    /** Most documents whose check is remembered; at most 20,000 characters each. */
    private static final int CHECKED_DOCUMENTS = 512;

    private final LimitsConfig limits;
    private final boolean trustedOnly;
    private final TrustedDocuments trusted;
    public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

    /** Recently checked documents: clients repeat their operations, and parsing is a visible part of a request's cost. */
    private final Map<String, Checked> checked = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Checked> eldest) {
            return size() > CHECKED_DOCUMENTS;
        }
    });

    private final AutomaticPersistedQueries automatic;

    public OperationAdmission(LimitsConfig limits, boolean trustedOnly, TrustedDocuments trusted, AutomaticPersistedQueries automatic) {
        this.limits = limits;
        this.trustedOnly = trustedOnly;
        this.trusted = trusted;
        this.automatic = automatic;
    }

    /** What a document passed or failed, remembered per document: the refusal, or its operations' kinds by name. */
    private record Checked(Rejection rejection, Map<String, OperationDefinition.Operation> kinds) {
    }

    /**
     * The outcome: the query to run (possibly resolved from its hash) and the kind of the operation it
     * names (null when the request does not name one unambiguously; execution then reports it), or why
     * the request is refused.
     */
    /**
     * @param operationName the name of the operation that runs: the one asked for, else the document's
     *                      only operation's; null when it is anonymous or not known
     */
    public record Decision(String query, OperationDefinition.Operation kind, String operationName, Rejection rejection) {

        public boolean admitted() {
            return rejection == null;
        }
    }

    /** A refusal as a GraphQL error: its message and {@code extensions} (with a {@code code}). */
    public record Rejection(String message, Map<String, Object> extensions) {

        public static Rejection of(String code, String message) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", code);
            return new Rejection(message, extensions);
        }
    }

    /**
     * @param query         the query text sent, or null
     * @param operationName the operation to run, or null for the document's only one
     * @param persistedHash {@code extensions.persistedQuery.sha256Hash}, or null
     */
    public Decision admit(String query, String operationName, String persistedHash) {
        String document = query;
        if (trustedOnly) {
            String hash = persistedHash != null ? persistedHash : (query == null ? null : TrustedDocuments.sha256(query));
            if (hash == null || trusted.document(hash).isEmpty()) {
                return refuse(Rejection.of("PERSISTED_QUERY_NOT_IN_LIST",
                        "This gateway runs only registered operations; send the sha256Hash of a registered operation in extensions.persistedQuery"));
            }
            if (query != null && !trusted.document(hash).get().equals(query)) {
                return refuse(Rejection.of("PERSISTED_QUERY_NOT_IN_LIST", "The query sent is not the operation registered under its sha256Hash"));
            }
            document = trusted.document(hash).get();
        } else if (persistedHash != null) {
            if (query == null) {
                Optional<String> known = automatic.document(persistedHash);
                if (known.isEmpty()) {
                    return refuse(Rejection.of(PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound"));
                }
                document = known.get();
            } else if (!AutomaticPersistedQueries.matches(query, persistedHash)) {
                return refuse(Rejection.of(BAD_REQUEST, "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent"));
            }
        }
        if (document == null || document.isBlank()) {
            return refuse(Rejection.of(BAD_REQUEST, "The request has no query; send the operation's text in 'query'"));
        }
        if (document.length() > limits.maxQueryLength()) {
            return refuse(new Rejection("The query is " + document.length() + " characters long; the limit is " + limits.maxQueryLength(),
                    LimitExceeded.extensions("queryLength", document.length(), limits.maxQueryLength())));
        }
        String admitted = document;
        Checked check = checked.get(admitted);
        if (check == null) {
            check = check(admitted);
            checked.put(admitted, check);
        }
        if (check.rejection() != null) {
            return refuse(check.rejection());
        }
        if (persistedHash != null && query != null && !trustedOnly) {
            automatic.register(admitted);
        }
        OperationDefinition.Operation kind = operationName != null ? check.kinds().get(operationName)
                : check.kinds().size() == 1 ? check.kinds().values().iterator().next() : null;
        String name = operationName != null ? operationName : check.kinds().size() == 1 ? check.kinds().keySet().iterator().next() : null;
        return new Decision(admitted, kind, name == null || name.isEmpty() ? null : name, null);
    }

    /** Whether the document parses and keeps to the alias limit; the same for a document every time. */
    private Checked check(String document) {
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (InvalidSyntaxException syntaxError) {
            return new Checked(Rejection.of(PARSE_FAILED, syntaxError.getMessage()), Map.of());
        }
        int aliases = countAliases(parsed);
        if (aliases > limits.maxAliases()) {
            return new Checked(new Rejection("The query uses " + aliases + " aliases; the alias limit is " + limits.maxAliases(),
                    LimitExceeded.extensions("aliases", aliases, limits.maxAliases())), Map.of());
        }
        Map<String, OperationDefinition.Operation> kinds = new LinkedHashMap<>();
        for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
            kinds.putIfAbsent(operation.getName() == null ? "" : operation.getName(), operation.getOperation());
        }
        return new Checked(null, kinds);
    }

    /** A body over the request size limit, refused before it is read. */
    public Rejection tooLarge(long bytes) {
        return new Rejection("The request is " + bytes + " bytes; the request size limit is " + limits.maxRequestBytes() + " bytes",
                LimitExceeded.extensions("requestBytes", (int) Math.min(Integer.MAX_VALUE, bytes), limits.maxRequestBytes()));
    }

    private static Decision refuse(Rejection rejection) {
        return new Decision(null, null, null, rejection);
    }

    static int countAliases(String query) {
        try {
            return countAliases(Parser.parse(query));
        } catch (InvalidSyntaxException syntaxError) {
            return 0;
        }
    }

    private static int countAliases(Document document) {
        AtomicInteger aliases = new AtomicInteger();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field field, TraverserContext<Node> context) {
                if (field.getAlias() != null) {
                    aliases.incrementAndGet();
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return aliases.get();
    }
}

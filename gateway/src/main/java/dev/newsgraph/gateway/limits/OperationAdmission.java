package dev.newsgraph.gateway.limits;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.newsgraph.gateway.trusted.TrustedDocuments;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Decides, before a GraphQL request runs, whether it may: resolves a trusted (persisted) document
 * from its hash, refuses a request without a query and a query that does not parse
 * ({@code GRAPHQL_PARSE_FAILED}, with the parser's location), and checks the limits that cost the
 * server before execution (query length, aliases).
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
    /** Recently checked documents: clients repeat their operations, and parsing is a visible part of a request's cost. */
    private final Map<String, Optional<Rejection>> checked = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Rejection>> eldest) {
            return size() > CHECKED_DOCUMENTS;
        }
    });

    public OperationAdmission(LimitsConfig limits, boolean trustedOnly, TrustedDocuments trusted) {
        this.limits = limits;
        this.trustedOnly = trustedOnly;
        this.trusted = trusted;
    }

    /** The outcome: the query to run (possibly resolved from its hash), or why the request is refused. */
    public record Decision(String query, Rejection rejection) {

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
     * @param persistedHash {@code extensions.persistedQuery.sha256Hash}, or null
     */
    public Decision admit(String query, String persistedHash) {
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
        } else if (query == null && persistedHash != null) {
            return refuse(Rejection.of("PERSISTED_QUERY_NOT_SUPPORTED",
                    "Operations are not registered by hash on this gateway; send the query text"));
        }
        if (document == null || document.isBlank()) {
            return refuse(Rejection.of(BAD_REQUEST, "The request has no query; send the operation's text in 'query'"));
        }
        if (document.length() > limits.maxQueryLength()) {
            return refuse(new Rejection("The query is " + document.length() + " characters long; the limit is " + limits.maxQueryLength(),
                    LimitExceeded.extensions("queryLength", document.length(), limits.maxQueryLength())));
        }
        String admitted = document;
        Optional<Rejection> rejection = checked.get(admitted);
        if (rejection == null) {
            rejection = check(admitted);
            checked.put(admitted, rejection);
        }
        return rejection.map(OperationAdmission::refuse).orElseGet(() -> new Decision(admitted, null));
    }

    /** Whether the document parses and keeps to the alias limit; the same for a document every time. */
    private Optional<Rejection> check(String document) {
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (InvalidSyntaxException syntaxError) {
            return Optional.of(Rejection.of(PARSE_FAILED, syntaxError.getMessage()));
        }
        int aliases = countAliases(parsed);
        if (aliases > limits.maxAliases()) {
            return Optional.of(new Rejection("The query uses " + aliases + " aliases; the alias limit is " + limits.maxAliases(),
                    LimitExceeded.extensions("aliases", aliases, limits.maxAliases())));
        }
        return Optional.empty();
    }

    /** A body over the request size limit, refused before it is read. */
    public Rejection tooLarge(long bytes) {
        return new Rejection("The request is " + bytes + " bytes; the request size limit is " + limits.maxRequestBytes() + " bytes",
                LimitExceeded.extensions("requestBytes", (int) Math.min(Integer.MAX_VALUE, bytes), limits.maxRequestBytes()));
    }

    private static Decision refuse(Rejection rejection) {
        return new Decision(null, rejection);
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

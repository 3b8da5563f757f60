package dev.newsgraph.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.newsgraph.gateway.trusted.AutomaticPersistedQueries;
import dev.newsgraph.gateway.trusted.TrustedDocuments;
import graphql.language.OperationDefinition;

class OperationAdmissionTest {

    private static final LimitsConfig LIMITS = new LimitsConfig() {
        @Override
        public int maxAliases() {
            return 2;
        }

        @Override
        public int maxQueryLength() {
            return 200;
        }

        @Override
        public long maxCost() {
            return 1000;
        }

        @Override
        public long costPerClientPerMinute() {
            return 10_000;
        }

        @Override
        public long refusedRequestCost() {
            return 100;
        }

        @Override
        public int maxFields() {
            return 100;
        }

        @Override
        public int maxRequestBytes() {
            return 1000;
        }
    };

    @Test
    void countsAliasesAtEveryLevelAndInFragments() {
        assertEquals(3, OperationAdmission.countAliases("{ a: entities { b: totalCount } ...F } fragment F on Query { c: entities { totalCount } }"));
        assertEquals(0, OperationAdmission.countAliases("{ entities { totalCount } }"));
        assertEquals(0, OperationAdmission.countAliases("{ not graphql"), "syntax errors are refused by admit");
    }

    @Test
    void refusesARequestWithoutAQueryAndAQueryThatDoesNotParse() {
        OperationAdmission admission = admission();
        assertEquals("BAD_REQUEST", admission.admit(null, null, null).rejection().extensions().get("code"));
        assertEquals("BAD_REQUEST", admission.admit(" ", null, null).rejection().extensions().get("code"));
        OperationAdmission.Decision truncated = admission.admit("{ entities { totalCount ", null, null);
        assertEquals("GRAPHQL_PARSE_FAILED", truncated.rejection().extensions().get("code"));
        assertTrue(truncated.rejection().message().contains("line 1"), truncated.rejection().message());
    }

    @Test
    void refusesOverTheLimitsAndAdmitsTheRest() {
        OperationAdmission admission = admission();
        assertTrue(admission.admit("{ a: entities { totalCount } }", null, null).admitted());
        OperationAdmission.Decision aliases = admission.admit("{ a: entities { totalCount } b: entities { totalCount } c: entities { totalCount } }", null, null);
        assertEquals("aliases", aliases.rejection().extensions().get("limit"));
        OperationAdmission.Decision length = admission.admit("{ entities { totalCount } }" + " ".repeat(200), null, null);
        assertEquals("queryLength", length.rejection().extensions().get("limit"));
    }

    @Test
    void automaticPersistedQueriesAreRememberedOnlyUnderTheirTrueHash() {
        OperationAdmission admission = admission();
        String query = "query Count { entities { totalCount } }";
        String hash = TrustedDocuments.sha256(query);
        assertEquals("PERSISTED_QUERY_NOT_FOUND", admission.admit(null, null, hash).rejection().extensions().get("code"));
        assertEquals("BAD_REQUEST", admission.admit("{ entities { totalCount } }", null, hash).rejection().extensions().get("code"));
        assertEquals("PERSISTED_QUERY_NOT_FOUND", admission.admit(null, null, hash).rejection().extensions().get("code"));
        assertTrue(admission.admit(query, null, hash).admitted());
        assertEquals(query, admission.admit(null, null, hash.toUpperCase()).query());
    }

    @Test
    void tellsTheKindOfTheOperationARequestNames() {
        OperationAdmission admission = admission();
        String document = "query A { entities { totalCount } } mutation B { x } subscription C { y }";
        assertEquals(OperationDefinition.Operation.QUERY, admission.admit(document, "A", null).kind());
        assertEquals(OperationDefinition.Operation.MUTATION, admission.admit(document, "B", null).kind());
        assertEquals(OperationDefinition.Operation.SUBSCRIPTION, admission.admit(document, "C", null).kind());
        assertNull(admission.admit(document, null, null).kind(), "ambiguous: execution reports it");
        assertNull(admission.admit(document, "D", null).kind());
        assertEquals(OperationDefinition.Operation.MUTATION, admission.admit("mutation { x }", null, null).kind());
    }

    private static OperationAdmission admission() {
        return new OperationAdmission(LIMITS, false, TrustedDocuments.none(), new AutomaticPersistedQueries(10));
    }

    @Test
    void aRepeatedDocumentGetsTheSameDecision() {
        OperationAdmission admission = admission();
        String flood = "{ a: entities { totalCount } b: entities { totalCount } c: entities { totalCount } }";
        for (int i = 0; i < 3; i++) {
            assertTrue(admission.admit("{ entities { totalCount } }", null, null).admitted());
            assertEquals("aliases", admission.admit(flood, null, null).rejection().extensions().get("limit"));
            assertEquals("GRAPHQL_PARSE_FAILED", admission.admit("{ entities {", null, null).rejection().extensions().get("code"));
        }
    }

    @Test
    void trustedModeRunsOnlyRegisteredDocuments(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String registered = "{ entities { totalCount } }";
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, "{\"operations\":[{\"id\":\"x\",\"body\":\"" + registered + "\"}]}");
        OperationAdmission admission = new OperationAdmission(LIMITS, true, TrustedDocuments.fromManifest(manifest), new AutomaticPersistedQueries(10));
        OperationAdmission.Decision byHash = admission.admit(null, null, TrustedDocuments.sha256(registered));
        assertEquals(registered, byHash.query());
        assertTrue(admission.admit(registered, null, null).admitted());
        assertFalse(admission.admit("{ entities { edges { cursor } } }", null, null).admitted());
        assertNull(admission.admit(null, null, "00").query());
    }
}

package dev.newsgraph.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.newsgraph.gateway.trusted.TrustedDocuments;

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
        OperationAdmission admission = new OperationAdmission(LIMITS, false, TrustedDocuments.none());
        assertEquals("BAD_REQUEST", admission.admit(null, null).rejection().extensions().get("code"));
        assertEquals("BAD_REQUEST", admission.admit(" ", null).rejection().extensions().get("code"));
        OperationAdmission.Decision truncated = admission.admit("{ entities { totalCount ", null);
        assertEquals("GRAPHQL_PARSE_FAILED", truncated.rejection().extensions().get("code"));
        assertTrue(truncated.rejection().message().contains("line 1"), truncated.rejection().message());
    }

    @Test
    void refusesOverTheLimitsAndAdmitsTheRest() {
        OperationAdmission admission = new OperationAdmission(LIMITS, false, TrustedDocuments.none());
        assertTrue(admission.admit("{ a: entities { totalCount } }", null).admitted());
        OperationAdmission.Decision aliases = admission.admit("{ a: entities { totalCount } b: entities { totalCount } c: entities { totalCount } }", null);
        assertEquals("aliases", aliases.rejection().extensions().get("limit"));
        OperationAdmission.Decision length = admission.admit("{ entities { totalCount } }" + " ".repeat(200), null);
        assertEquals("queryLength", length.rejection().extensions().get("limit"));
        assertEquals("PERSISTED_QUERY_NOT_SUPPORTED", admission.admit(null, "abc").rejection().extensions().get("code"));
    }

    @Test
    void aRepeatedDocumentGetsTheSameDecision() {
        OperationAdmission admission = new OperationAdmission(LIMITS, false, TrustedDocuments.none());
        String flood = "{ a: entities { totalCount } b: entities { totalCount } c: entities { totalCount } }";
        for (int i = 0; i < 3; i++) {
            assertTrue(admission.admit("{ entities { totalCount } }", null).admitted());
            assertEquals("aliases", admission.admit(flood, null).rejection().extensions().get("limit"));
            assertEquals("GRAPHQL_PARSE_FAILED", admission.admit("{ entities {", null).rejection().extensions().get("code"));
        }
    }

    @Test
    void trustedModeRunsOnlyRegisteredDocuments(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String registered = "{ entities { totalCount } }";
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, "{\"operations\":[{\"id\":\"x\",\"body\":\"" + registered + "\"}]}");
        OperationAdmission admission = new OperationAdmission(LIMITS, true, TrustedDocuments.fromManifest(manifest));
        OperationAdmission.Decision byHash = admission.admit(null, TrustedDocuments.sha256(registered));
        assertEquals(registered, byHash.query());
        assertTrue(admission.admit(registered, null).admitted());
        assertFalse(admission.admit("{ entities { edges { cursor } } }", null).admitted());
        assertNull(admission.admit(null, "00").query());
    }
}

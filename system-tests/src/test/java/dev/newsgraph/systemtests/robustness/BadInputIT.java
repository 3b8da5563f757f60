package dev.newsgraph.systemtests.robustness;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.systemtests.Database;
import dev.newsgraph.systemtests.InternalDetails;
import dev.newsgraph.systemtests.NewsgraphStack;
import dev.newsgraph.systemtests.robustness.Call.Answer;
import dev.newsgraph.systemtests.robustness.Call.Target;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * Bad input against the whole running system (gateway GraphQL and both services' REST APIs, from
 * their packaged jars, on real PostgreSQL). Every case of {@link BadInputCases} gets its status and
 * error code, in problem+json on REST, with nothing internal in the body, and leaves the system's
 * observable state ({@link SystemFingerprint}) as it was. Text that only looks dangerous (SQL, script,
 * right-to-left, emoji, combining marks) is accepted, stored and returned exactly, and every table is
 * still there afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT {

    /** Looks dangerous, is plain text: accepted and returned as sent (each already NFC, single-spaced). */
    private static final Map<String, String> LOOKS_DANGEROUS = Map.of(
            "SQL injection", "'; DROP TABLE article; --",
            "SQL injection into the entity tables", "Robert'); DELETE FROM entity WHERE ''=' OR 1=1 --",
            "script tag", "<script>alert(1)</script>",
            "HTML attribute breakout", "\"><img src=x onerror=alert(document.cookie)>",
            "template and lookup syntax", "${jndi:ldap://127.0.0.1/a} {{7*7}} %s %n #{1+1}",
            "right-to-left text and override", "مرحبا بالعالم — שלום עולם \u202Egpj.exe",
            "emoji with joiners and flags", "\uD83D\uDDDE\uFE0F Breaking: \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDFA\uD83C\uDDE6",
            "combining marks", "Z\u0324\u0308algo q\u0323\u0307 x\u0334\u0358 \u0E01\u0E34\u0E4A \u0915\u094D\u0937",
            "backslashes and quotes", "C:\\temp\\\"quoted\" 'single' \\u0000 \\n");

    private static NewsgraphStack stack;
    private static BadInputCases.Known known;
    private static List<String> articleTables;
    private static List<String> entityTables;
    private static SystemFingerprint lastSeen;

    @BeforeAll
    static void startTheSystemWithSomeData() throws Exception {
        stack = NewsgraphStack.onFreshDatabases("newsgraph_badinput").start("badinput");
        String first = ingest("""
                {"headline":"Merkel meets Macron in Berlin","source":"Bad Input Wire","publishedAt":"2024-09-05T10:00:00Z",
                 "sections":[{"paragraphs":["Angela Merkel met Emmanuel Macron in Berlin on Monday. Merkel said the talks went well."]}]}""");
        ingest("""
                {"headline":"Siemens opens a plant in Paris","source":"Bad Input Wire","publishedAt":"2024-09-06T10:00:00Z",
                 "sections":[{"paragraphs":["Siemens opened a plant in Paris. Emmanuel Macron visited it on Tuesday."]}]}""");
        SystemFingerprint.of(stack);
        JsonPath merkel = restJson(Target.ENTITY, "/entities?name=Merkel");
        JsonPath gatewayCursors = graphql("""
                { articles(first: 1) { pageInfo { endCursor } } entities(first: 1) { pageInfo { endCursor } } }""", null, null);
        known = new BadInputCases.Known(first, merkel.getString("items[0].id"),
                restJson(Target.ARTICLE, "/articles?limit=1").getString("nextCursor"),
                restJson(Target.ENTITY, "/entities?limit=1").getString("nextCursor"),
                gatewayCursors.getString("data.articles.pageInfo.endCursor"),
                gatewayCursors.getString("data.entities.pageInfo.endCursor"));
        articleTables = tables(stack.articleDb());
        entityTables = tables(stack.entityDb());
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    static Stream<BadInputCase> badInputs() {
        return BadInputCases.all(known).stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedClearlyAndChangesNothing(BadInputCase input) throws Exception {
        // the state after the previous case is the state before this one: nothing else writes meanwhile
        SystemFingerprint before = lastSeen != null ? lastSeen : SystemFingerprint.of(stack);
        lastSeen = null;

        Answer answer = input.call().send(stack);

        String context = input.name() + " answered " + answer.status() + " " + answer.contentType() + ": " + abbreviated(answer.body());
        assertEquals(input.status(), answer.status(), context);
        if (input.where().problem()) {
            assertThat(context, answer.contentType(), startsWith("application/problem+json"));
            assertEquals("https://newsgraph.dev/problems/" + input.code(), json(answer, context).getString(input.where().path()), context);
        } else {
            assertTrue(answer.contentType().startsWith("application/json") || answer.contentType().startsWith("application/graphql-response+json"),
                    context);
            assertEquals(input.code(), json(answer, context).getString(input.where().path()), context);
            List<Object> messages = json(answer, context).getList("errors.message");
            assertTrue(messages == null || messages.stream().allMatch(m -> m instanceof String s && !s.isBlank()),
                    "every GraphQL error has a message: " + context);
        }
        assertRevealsNothingInternal(answer.body(), context);
        SystemFingerprint after = SystemFingerprint.of(stack);
        assertEquals(before, after, input.name() + " must change nothing");
        lastSeen = after;
    }

    static Stream<Arguments> looksDangerous() {
        return LOOKS_DANGEROUS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("looksDangerous")
    void textThatLooksDangerousIsStoredAndReturnedVerbatim(String name, String text) throws Exception {
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "the fixture is NFC, as the service stores text");

        String viaRest = ingest(new JsonObject().put("headline", text).put("source", text).put("authors", List.of(text))
                .put("tags", List.of(text)).put("sections", List.of(Map.of("heading", text, "paragraphs", List.of(text + " (REST)"))))
                .encode());
        JsonPath stored = restJson(Target.ARTICLE, "/articles/" + viaRest);
        for (String field : List.of("headline", "source", "authors[0]", "tags[0]", "sections[0].heading")) {
            assertVerbatim(text, stored.getString(field), name + ": REST " + field);
        }
        assertVerbatim(text + " (REST)", stored.getString("sections[0].paragraphs[0]"), name + ": REST paragraph");
        JsonPath read = graphql("query($id: ID!) { article(id: $id) { headline source authors tags sections { heading paragraphs } } }",
                Map.of("id", viaRest), null);
        assertThat(read.getList("errors"), equalTo(null));
        for (String field : List.of("headline", "source", "authors[0]", "tags[0]", "sections[0].heading")) {
            assertVerbatim(text, read.getString("data.article." + field), name + ": GraphQL " + field);
        }

        JsonPath viaGraphql = graphql("""
                mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id headline sections { paragraphs } } userErrors { message } } }""",
                Map.of("input", Map.of("headline", text, "sections", List.of(Map.of("paragraphs", List.of(text + " (GraphQL)"))))),
                TestJwt.editor());
        assertThat(name, viaGraphql.getList("data.ingestArticle.userErrors"), equalTo(List.of()));
        String id = viaGraphql.getString("data.ingestArticle.article.id");
        assertVerbatim(text, viaGraphql.getString("data.ingestArticle.article.headline"), name + ": GraphQL ingest");
        assertVerbatim(text + " (GraphQL)", restJson(Target.ARTICLE, "/articles/" + id).getString("sections[0].paragraphs[0]"),
                name + ": GraphQL ingest read over REST");

        Answer search = Call.get(Target.ARTICLE, "/articles/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).send(stack);
        assertEquals(200, search.status(), name + ": search " + search.body());
        JsonPath graphqlSearch = graphql("query($q: String!) { search(query: $q) { totalCount } }", Map.of("q", text), null);
        assertThat(name + ": GraphQL search", graphqlSearch.getList("errors"), equalTo(null));

        Answer alias = Call.post(Target.ENTITY, "/entities/" + known.entityId() + "/aliases").bearer(TestJwt.editor())
                .json(new JsonObject().put("alias", text).encode()).send(stack);
        assertEquals(200, alias.status(), name + ": alias " + alias.body());
        assertThat(name + ": alias over REST", JsonPath.from(alias.body()).getList("aliases", String.class), hasItem(text));
        JsonPath entity = graphql("query($id: ID!) { entity(id: $id) { aliases } }", Map.of("id", known.entityId()), null);
        assertThat(name + ": alias over GraphQL", entity.getList("data.entity.aliases", String.class), hasItem(text));
    }

    /** The recogniser once ran out of memory on a single very long word; such an article is now analysed as any other. */
    @Order(3)
    @Test
    void anArticleWithAHugeWordIsAnalysedLikeAnyOther() throws Exception {
        String id = ingest(new JsonObject().put("headline", "A very long word").put("sections", List.of(Map.of("paragraphs",
                List.of("Angela Merkel visited Paris. " + "x".repeat(150_000) + " Emmanuel Macron stayed in Berlin.")))).encode());
        SystemFingerprint.of(stack);
        assertEquals("DONE", restJson(Target.ENTITY, "/articles/" + id + "/analysis").getString("status"));
        assertThat(restJson(Target.ENTITY, "/articles/entities?ids=" + id).getList("items[0].entities.entity.name", String.class),
                hasItem("Angela Merkel"));
    }

    @Order(4)
    @Test
    void everyTableIsIntactAfterwards() throws Exception {
        assertEquals(articleTables, tables(stack.articleDb()));
        assertEquals(entityTables, tables(stack.entityDb()));
        SystemFingerprint now = SystemFingerprint.of(stack);
        assertEquals(now.articleCount(), stack.articleDb().number("SELECT count(*) FROM article"),
                "the article table holds what the API lists");
        assertEquals(3 + 2L * LOOKS_DANGEROUS.size(), now.articleCount(), "the seeded articles, the huge word and the ones that look dangerous");
        assertThat(stack.entityDb().number("SELECT count(*) FROM entity"), not(equalTo(0L)));
        assertThat("no article failed analysis", now.analyses().stream().filter(a -> !a.contains(" DONE ")).toList(), equalTo(List.of()));
    }

    private static void assertVerbatim(String sent, String returned, String what) {
        if (returned == null || !Arrays.equals(sent.getBytes(StandardCharsets.UTF_8), returned.getBytes(StandardCharsets.UTF_8))) {
            fail(what + " was not returned verbatim: sent [" + sent + "], got [" + returned + "]");
        }
    }

    private static void assertRevealsNothingInternal(String body, String context) {
        List<String> leaks = InternalDetails.in(body);
        if (!leaks.isEmpty()) {
            fail("the answer reveals internals (" + leaks + "): " + context);
        }
    }

    private static String ingest(String json) throws IOException, InterruptedException {
        Answer answer = Call.post(Target.ARTICLE, "/articles").bearer(TestJwt.editor()).json(json).send(stack);
        assertEquals(201, answer.status(), answer.body());
        return JsonPath.from(answer.body()).getString("article.id");
    }

    private static JsonPath restJson(Target target, String path) throws IOException, InterruptedException {
        Answer answer = Call.get(target, path).send(stack);
        assertEquals(200, answer.status(), path + ": " + answer.body());
        return JsonPath.from(answer.body());
    }

    private static JsonPath graphql(String query, Map<String, Object> variables, String token) throws IOException, InterruptedException {
        JsonObject request = new JsonObject().put("query", query);
        if (variables != null) {
            request.put("variables", new JsonObject(variables));
        }
        Call call = Call.post(Target.GATEWAY, "/graphql").json(request.encode());
        Answer answer = (token == null ? call : call.bearer(token)).send(stack);
        assertEquals(200, answer.status(), answer.body());
        return JsonPath.from(answer.body());
    }

    private static JsonPath json(Answer answer, String context) {
        try {
            return JsonPath.from(answer.body());
        } catch (RuntimeException notJson) {
            throw new AssertionError("the answer is not JSON: " + context, notJson);
        }
    }

    private static List<String> tables(Database db) throws Exception {
        return db.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
    }

    private static String abbreviated(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }
}

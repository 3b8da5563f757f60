package dev.newsgraph.systemtests.robustness;

import static dev.newsgraph.systemtests.robustness.BadInputCase.CodeLocation.GRAPHQL_ERROR;
import static dev.newsgraph.systemtests.robustness.BadInputCase.CodeLocation.PROBLEM;
import static dev.newsgraph.systemtests.robustness.BadInputCase.CodeLocation.userError;
import static dev.newsgraph.systemtests.robustness.Call.Target.ARTICLE;
import static dev.newsgraph.systemtests.robustness.Call.Target.ENTITY;
import static dev.newsgraph.systemtests.robustness.Call.Target.GATEWAY;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.newsgraph.commons.testing.TestJwt;
import io.vertx.core.json.JsonObject;

/**
 * The table of bad inputs: every row is sent to the running system and must be refused with its
 * status and code, reveal nothing internal, and change nothing. docs/robustness.md shows the same rows.
 */
final class BadInputCases {

    /** Ids and cursors of the data the suite seeded, which some cases refer to. */
    record Known(String articleId, String entityId, String articleCursor, String entityCursor,
            String gatewayArticlesCursor, String gatewayEntitiesCursor) {
    }

    static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
    private static final String GOOD_ARTICLE = """
            {"headline":"Refused article","source":"Bad Input Wire","sections":[{"paragraphs":["Nobody stores this."]}]}""";
    private static final int GATEWAY_MAX_REQUEST_BYTES = 65_536;
    private static final int ARTICLE_MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final int HTTP_MAX_BODY_BYTES = 12 * 1024 * 1024;

    private BadInputCases() {
    }

    static List<BadInputCase> all(Known known) {
        List<BadInputCase> cases = new ArrayList<>();
        cases.addAll(articleService(known));
        cases.addAll(entityService(known));
        cases.addAll(gateway(known));
        cases.addAll(hostileServiceInput(known));
        return cases;
    }

    /** Issue 15, the services' side: what no single request may do to a service or to what it stores. */
    private static List<BadInputCase> hostileServiceInput(Known known) {
        String entity = "/entities/" + known.entityId();
        String externalIds = IntStream.range(0, 5_000).mapToObj(i -> "\"s" + i + "\":\"id" + i + "\"")
                .collect(Collectors.joining(",", "{\"externalIds\":{", "}}"));
        return List.of(
                problem("search with 2,000 negated terms", Call.get(ARTICLE, "/articles/search?q=" + "-geneva+".repeat(2_000)), 400, "invalid-query"),
                problem("search for a word of 40 hyphenated parts", Call.get(ARTICLE, "/articles/search?q=" + "covid-".repeat(40)), 400,
                        "invalid-query"),
                problem("search for a lone surrogate's bytes (not UTF-8)", Call.get(ARTICLE, "/articles/search?q=geneva%20%ED%A0%80"), 400,
                        "invalid-encoding"),
                problem("publishedAfter in the year 300000", Call.get(ARTICLE, "/articles?publishedAfter=%2B300000-01-01T00:00:00Z"), 400,
                        "invalid-parameter"),
                problem("publishedBefore in the year -4800", Call.get(ARTICLE, "/articles?publishedBefore=-4800-01-01T00:00:00Z"), 400,
                        "invalid-parameter"),
                problem("search publishedAfter in the year 300000", Call.get(ARTICLE,
                        "/articles/search?q=merkel&publishedAfter=%2B300000-01-01T00:00:00Z"), 400, "invalid-parameter"),
                problem("publishedAt in the year 300000", ingestJson(GOOD_ARTICLE.replaceFirst("\\{", "{\"publishedAt\":\"+300000-01-01T00:00:00Z\",")),
                        400, "invalid-request"),
                problem("publishedAt in the year -4800 (text ingest)", editor(Call.post(ARTICLE, "/articles?publishedAt=-4800-01-01T00:00:00Z")
                        .body("text/plain", utf8("Refused headline\n\nNobody stores this."))), 400, "invalid-request"),
                problem("forged list cursor in the year 300000", Call.get(ARTICLE, "/articles?cursor=" + cursor("+300000-01-01T00:00:00Z", UNKNOWN_ID)),
                        400, "invalid-cursor"),
                problem("forged search cursor with a NaN score", Call.get(ARTICLE, "/articles/search?q=merkel&cursor=" + cursor("NaN", UNKNOWN_ID)),
                        400, "invalid-cursor"),
                problem("lone surrogate in a headline", ingestJson(article("\"Lone \\ud800 half\"", "\"Body.\"")), 400, "invalid-request"),
                problem("trailing content after the JSON article", ingestJson(GOOD_ARTICLE + " {\"headline\":\"second\"}"), 400, "malformed-json"),
                problem("duplicate key in the JSON article", ingestJson(GOOD_ARTICLE.replaceFirst("\\{", "{\"headline\":\"First\",")), 400,
                        "malformed-json"),
                problem("trailing garbage after a JSON batch", editor(Call.post(ARTICLE, "/articles/batch").json("[" + GOOD_ARTICLE + "] x")), 400,
                        "malformed-json"),
                problem("51 authors", ingestJson(GOOD_ARTICLE.replaceFirst("\\{", "{\"authors\":[" + "\"A\",".repeat(50) + "\"A\"],")), 400,
                        "invalid-request"),
                problem("method not allowed on an unknown path", Call.of(ARTICLE, "PATCH", "/articles/anything-123"), 405, "method-not-allowed"),
                problem("analyze without a token", Call.post(ENTITY, "/analyze").body("text/plain", utf8("Angela Merkel met Emmanuel Macron.")),
                        401, "unauthorized"),
                problem("analyze with a token without the editor role", Call.post(ENTITY, "/analyze").bearer(TestJwt.reader())
                        .body("text/plain", utf8("Angela Merkel met Emmanuel Macron.")), 403, "forbidden"),
                problem("chunked 13 MiB body to analyze", editor(Call.post(ENTITY, "/analyze").body("text/plain", new byte[13 * 1024 * 1024]))
                        .chunked(), 413, "payload-too-large"),
                problem("1 MB description (entity patch)", patch(entity, "{\"description\": " + quoted("d".repeat(1_000_000)) + "}"), 400,
                        "invalid-request"),
                problem("5,000 external ids (entity patch)", patch(entity, externalIds), 400, "invalid-request"),
                problem("trailing content after the JSON (entity patch)", patch(entity, "{\"description\": \"a\"} trailing"), 400,
                        "malformed-json"),
                problem("duplicate key (entity patch)", patch(entity, "{\"description\": \"a\", \"description\": \"b\"}"), 400,
                        "malformed-json"),
                problem("lone surrogate in an alias", alias(entity, "{\"alias\": \"Mer\\udc00kel\"}"), 400, "invalid-request"),
                problem("name filter of 301 characters", Call.get(ENTITY, "/entities?name=" + "n".repeat(301)), 400, "invalid-parameter"),
                problem("forged entity-articles cursor in the year -4800", Call.get(ENTITY, entity + "/articles?cursor="
                        + cursor("A", "-4800-01-01T00:00:00Z", UNKNOWN_ID)), 400, "invalid-cursor"),
                problem("id in a short non-canonical UUID form (1-2-3-4-5)", Call.get(ARTICLE, "/articles/1-2-3-4-5"), 400, "invalid-id"));
    }

    /** A cursor in the services' format holding whatever key parts a forger chose. */
    private static String cursor(String... parts) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("1\u001f" + String.join("\u001f", parts)).getBytes(StandardCharsets.UTF_8));
    }

    private static List<BadInputCase> articleService(Known known) {
        String article = "/articles/" + known.articleId();
        return List.of(
                problem("malformed JSON", ingestJson("{\"headline\": \"Half an object\","), 400, "malformed-json"),
                problem("truncated JSON", ingestJson(GOOD_ARTICLE.substring(0, GOOD_ARTICLE.length() / 2)), 400, "malformed-json"),
                problem("headline is a number", ingestJson(article("42", "\"Body.\"")), 400, "invalid-field"),
                problem("paragraph is a number", ingestJson(article("\"Headline\"", "7")), 400, "invalid-field"),
                problem("authors is a string, not a list", ingestJson(GOOD_ARTICLE.replace("{", "{\"authors\":\"Bob\",")), 400, "invalid-field"),
                problem("sections is an object, not a list", ingestJson("{\"headline\":\"H\",\"sections\":{\"paragraphs\":[\"P\"]}}"), 400, "invalid-field"),
                problem("body is a JSON array", ingestJson("[" + GOOD_ARTICLE + "]"), 400, "invalid-field"),
                problem("body is JSON null", ingestJson("null"), 400, "invalid-request"),
                problem("unknown field", ingestJson(GOOD_ARTICLE.replace("{", "{\"body\":\"x\",")), 400, "unknown-field"),
                problem("unknown nested field", ingestJson(GOOD_ARTICLE.replace("[{", "[{\"footnote\":\"x\",")), 400, "unknown-field"),
                problem("empty JSON body", ingestJson(""), 400, "empty-body"),
                problem("empty text body", ingest("text/plain", new byte[0]), 400, "invalid-request"),
                problem("wrong content type (XML)", ingest("application/xml", utf8("<article/>")), 415, "unsupported-media-type"),
                problem("unknown charset", ingest("application/json; charset=klingon", utf8(GOOD_ARTICLE)), 415, "unsupported-charset"),
                problem("huge headline (100,000 characters)", ingestJson(article(quoted("H".repeat(100_000)), "\"Body.\"")), 400, "invalid-request"),
                problem("JSON body over the 2 MiB article limit",
                        ingestJson(article("\"Headline\"", quoted("word ".repeat(ARTICLE_MAX_BODY_BYTES / 5 + 1)))), 413, "payload-too-large"),
                problem("text body over the 2 MiB article limit", ingest("text/plain", utf8("Headline\n\n" + "x".repeat(ARTICLE_MAX_BODY_BYTES))),
                        413, "payload-too-large"),
                problem("body over the 12 MiB HTTP limit", ingest("text/plain", new byte[HTTP_MAX_BODY_BYTES + 1]), 413, "payload-too-large"),
                problem("invalid UTF-8 in JSON", ingest("application/json", bytes("{\"headline\":\"Caf", 0xC3, "(\",\"sections\":[{\"paragraphs\":[\"P\"]}]}")),
                        400, "invalid-encoding"),
                problem("invalid UTF-8 in text ingest", ingest("text/plain; charset=UTF-8", bytes("Headline\n\nBody ", 0xFF, 0xFE, " text.")),
                        400, "invalid-encoding"),
                problem("NUL character in a JSON field", ingestJson(article("\"Nul \\u0000 here\"", "\"Body.\"")), 400, "invalid-request"),
                problem("control characters (BEL, ESC) in a paragraph", ingestJson(article("\"Bell\"", "\"Ring \\u0007 \\u001b[31m red\"")), 400,
                        "invalid-request"),
                problem("NUL character in text ingest", ingest("text/plain", bytes("Headline\n\nBody ", 0x00, " text.")), 400, "invalid-request"),
                problem("NUL character in a query parameter", Call.get(ARTICLE, "/articles?source=Wire%00"), 400, "invalid-parameter"),
                problem("NUL character in a search", Call.get(ARTICLE, "/articles/search?q=merkel%00"), 400, "invalid-parameter"),
                problem("invalid id (not a UUID)", Call.get(ARTICLE, "/articles/42"), 400, "invalid-id"),
                problem("invalid id in a batch lookup", Call.get(ARTICLE, "/articles?ids=" + known.articleId() + ",nope"), 400, "invalid-id"),
                problem("more than 500 ids in a batch lookup", Call.get(ARTICLE, "/articles?ids=" + uuids(501)), 400, "too-many-ids"),
                problem("unknown id", Call.get(ARTICLE, "/articles/" + UNKNOWN_ID), 404, "not-found"),
                problem("update of an unknown id", editor(Call.of(ARTICLE, "PUT", "/articles/" + UNKNOWN_ID).header("If-Match", "1")
                        .json(GOOD_ARTICLE)), 404, "not-found"),
                problem("delete of an unknown id", editor(Call.of(ARTICLE, "DELETE", "/articles/" + UNKNOWN_ID)), 404, "not-found"),
                problem("update without If-Match", editor(Call.of(ARTICLE, "PUT", article).json(GOOD_ARTICLE)), 428, "precondition-required"),
                problem("update of a stale version", editor(Call.of(ARTICLE, "PUT", article).header("If-Match", "99").json(GOOD_ARTICLE)),
                        412, "version-mismatch"),
                problem("limit over the maximum (101)", Call.get(ARTICLE, "/articles?limit=101"), 400, "invalid-limit"),
                problem("negative limit", Call.get(ARTICLE, "/articles?limit=-1"), 400, "invalid-limit"),
                problem("limit that is not a number", Call.get(ARTICLE, "/articles?limit=ten"), 400, "invalid-limit"),
                problem("garbage cursor", Call.get(ARTICLE, "/articles?cursor=bm90LWEtY3Vyc29y"), 400, "invalid-cursor"),
                problem("cursor of another list (entities)", Call.get(ARTICLE, "/articles?cursor=" + known.entityCursor()), 400, "invalid-cursor"),
                problem("negative change-feed position", Call.get(ARTICLE, "/articles/events?after=-1"), 400, "invalid-parameter"),
                problem("body flag that is not true or false", Call.get(ARTICLE, "/articles?limit=1&body=maybe"), 400, "invalid-parameter"),
                problem("write without a token", ingestJson(GOOD_ARTICLE, null), 401, "unauthorized"),
                problem("write with a forged token (unknown key)", ingestJson(GOOD_ARTICLE, TestJwt.editorSignedByStranger()), 401, "unauthorized"),
                problem("write with an expired token", ingestJson(GOOD_ARTICLE, TestJwt.expiredEditor()), 401, "unauthorized"),
                problem("write with a token that is not a JWT", ingestJson(GOOD_ARTICLE, "not.a.jwt"), 401, "unauthorized"),
                problem("write with a token without the editor role", ingestJson(GOOD_ARTICLE, TestJwt.reader()), 403, "forbidden"),
                problem("batch of 1,001 articles (JSON)", editor(Call.post(ARTICLE, "/articles/batch")
                        .json("[" + articles(1001, ",") + "]")), 400, "too-many-items"),
                problem("batch of 1,001 articles (NDJSON)", editor(Call.post(ARTICLE, "/articles/batch")
                        .body("application/x-ndjson", utf8(articles(1001, "\n")))), 400, "too-many-items"),
                problem("batch that is not an array", editor(Call.post(ARTICLE, "/articles/batch").json(GOOD_ARTICLE)), 400, "invalid-batch"));
    }

    private static List<BadInputCase> entityService(Known known) {
        String entity = "/entities/" + known.entityId();
        return List.of(
                problem("malformed JSON (entity patch)", patch(entity, "{\"name\": \"Half"), 400, "malformed-json"),
                problem("truncated JSON (alias)", alias(entity, "{\"alias\": \"Mer"), 400, "malformed-json"),
                problem("name is a number (entity patch)", patch(entity, "{\"name\": 42}"), 400, "invalid-request"),
                problem("type is not an entity type (entity patch)", patch(entity, "{\"type\": \"ALIEN\"}"), 400, "invalid-request"),
                problem("alias is a number", alias(entity, "{\"alias\": 42}"), 400, "invalid-field"),
                problem("unknown field (entity patch)", patch(entity, "{\"nickname\": \"x\"}"), 400, "unknown-field"),
                problem("unknown field (alias)", alias(entity, "{\"alias\": \"x\", \"weight\": 1}"), 400, "unknown-field"),
                problem("empty body (entity patch)", patch(entity, ""), 400, "empty-body"),
                problem("wrong content type (entity patch)", editor(Call.of(ENTITY, "PATCH", entity).body("text/plain", utf8("name=x"))),
                        415, "unsupported-media-type"),
                problem("huge alias (10,000 characters)", alias(entity, "{\"alias\": " + quoted("A".repeat(10_000)) + "}"), 400, "invalid-request"),
                problem("huge name (10,000 characters)", patch(entity, "{\"name\": " + quoted("N".repeat(10_000)) + "}"), 400, "invalid-request"),
                problem("body over the 12 MiB HTTP limit (alias)", editor(Call.post(ENTITY, entity + "/aliases")
                        .body("application/json", new byte[HTTP_MAX_BODY_BYTES + 1])), 413, "payload-too-large"),
                problem("invalid UTF-8 in JSON (alias)", editor(Call.post(ENTITY, entity + "/aliases")
                        .body("application/json", bytes("{\"alias\":\"Caf", 0xC3, "(\"}"))), 400, "invalid-encoding"),
                problem("NUL character in an alias", alias(entity, "{\"alias\": \"Mer\\u0000kel\"}"), 400, "invalid-request"),
                problem("control character in a description", patch(entity, "{\"description\": \"Line \\u001b[2J\"}"), 400, "invalid-request"),
                problem("invalid id (not a UUID)", Call.get(ENTITY, "/entities/42"), 400, "invalid-id"),
                problem("unknown id", Call.get(ENTITY, "/entities/" + UNKNOWN_ID), 404, "not-found"),
                problem("patch of an unknown id", patch("/entities/" + UNKNOWN_ID, "{\"name\": \"Nobody\"}"), 404, "not-found"),
                problem("merge into an unknown entity", editor(Call.post(ENTITY, entity + "/merge").json("{\"targetId\": \"" + UNKNOWN_ID + "\"}")),
                        404, "not-found"),
                problem("merge into itself", editor(Call.post(ENTITY, entity + "/merge").json("{\"targetId\": \"" + known.entityId() + "\"}")),
                        400, "merge-into-itself"),
                problem("removal of an alias the entity does not have", editor(Call.of(ENTITY, "DELETE", entity + "/aliases/Nobody%20Else")),
                        404, "not-found"),
                problem("limit over the maximum (101)", Call.get(ENTITY, "/entities?limit=101"), 400, "invalid-limit"),
                problem("negative limit", Call.get(ENTITY, "/entities?limit=-1"), 400, "invalid-limit"),
                problem("limit that is not a number", Call.get(ENTITY, "/entities?limit=ten"), 400, "invalid-limit"),
                problem("garbage cursor", Call.get(ENTITY, "/entities?cursor=garbage"), 400, "invalid-cursor"),
                problem("cursor of another list (articles)", Call.get(ENTITY, "/entities?cursor=" + known.articleCursor()), 400, "invalid-cursor"),
                problem("unknown entity type filter", Call.get(ENTITY, "/entities?type=ALIEN"), 400, "invalid-type"),
                problem("more than 500 ids in a batch lookup", Call.get(ENTITY, "/entities?ids=" + uuids(501)), 400, "too-many-ids"),
                problem("mentions flag that is not true or false", Call.get(ENTITY, "/articles/entities?ids=" + known.articleId() + "&mentions=maybe"),
                        400, "invalid-parameter"),
                problem("write without a token", alias(entity, "{\"alias\": \"Angie\"}", null), 401, "unauthorized"),
                problem("write with a forged token (unknown key)", alias(entity, "{\"alias\": \"Angie\"}", TestJwt.editorSignedByStranger()),
                        401, "unauthorized"),
                problem("write with an expired token", alias(entity, "{\"alias\": \"Angie\"}", TestJwt.expiredEditor()), 401, "unauthorized"),
                problem("write with a token without the editor role", alias(entity, "{\"alias\": \"Angie\"}", TestJwt.reader()), 403, "forbidden"));
    }

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static List<BadInputCase> gateway(Known known) {
        String multiplied = IntStream.range(0, 20).mapToObj(i -> "a" + i + ": articles(first: 100) { edges { node { headline"
                + " entities(first: 100) { entity { articles(first: 100) { edges { node { headline } } } } } } } }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        String deep = "entity { name }";
        for (int i = 0; i < 7; i++) {
            deep = "entity { related { " + deep + " } }";
        }
        deep = "{ entity(id: \"" + known.entityId() + "\") { related { " + deep + " } } }";
        String aliases = IntStream.range(0, 31).mapToObj(i -> "a" + i + ": entities(first: 1) { totalCount }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        String ingest = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } userErrors { field message code } } }";
        String rename = "mutation { renameEntity(input: { id: \"" + known.entityId() + "\", name: \"Someone Else\" }) { entity { name } } }";
        return List.of(
                graphql("malformed JSON request", Call.post(GATEWAY, "/graphql").json("{\"query\": \"{ articles { totalCount } }\""),
                        400, "BAD_REQUEST"),
                graphql("request that is not a JSON object", Call.post(GATEWAY, "/graphql").json("[1, 2]"), 400, "BAD_REQUEST"),
                graphql("empty request body", Call.post(GATEWAY, "/graphql").json(""), 400, "BAD_REQUEST"),
                graphql("query that is not a string", Call.post(GATEWAY, "/graphql").json("{\"query\": 42}"), 400, "BAD_REQUEST"),
                graphql("variables that are not an object", Call.post(GATEWAY, "/graphql")
                        .json("{\"query\": \"{ articles(first: 1) { totalCount } }\", \"variables\": \"first=1\"}"), 400, "BAD_REQUEST"),
                graphql("wrong content type (text/plain)", Call.post(GATEWAY, "/graphql")
                        .body("text/plain", utf8("{ articles(first: 1) { totalCount } }")), 415, "BAD_REQUEST"),
                graphql("invalid UTF-8 in the request", Call.post(GATEWAY, "/graphql")
                        .body("application/json", bytes("{\"query\":\"{ search(query: \\\"Caf", 0xC3, "(\\\") { totalCount } }\"}")),
                        400, "BAD_REQUEST"),
                graphql("malformed GraphQL", query("{ articles(first: 1) { totalCount } ]"), 200, "GRAPHQL_PARSE_FAILED"),
                graphql("malformed GraphQL, accepting graphql-response+json", query("{ articles(first: 1) { totalCount } ]")
                        .header("Accept", GRAPHQL_RESPONSE), 400, "GRAPHQL_PARSE_FAILED"),
                graphql("truncated GraphQL", query("{ articles(first: 1) { edges { node { headline "), 200, "GRAPHQL_PARSE_FAILED"),
                graphql("truncated GraphQL over GET", Call.get(GATEWAY, "/graphql?query=%7B%20articles%20%7B").header("Accept", "application/json"),
                        200, "GRAPHQL_PARSE_FAILED"),
                graphql("unknown field, accepting graphql-response+json", query("{ articles(first: 1) { edges { node { body } } } }")
                        .header("Accept", GRAPHQL_RESPONSE), 400, "GRAPHQL_VALIDATION_FAILED"),
                graphql("JSON with duplicate keys", Call.post(GATEWAY, "/graphql")
                        .json("{\"query\": \"{ articles { totalCount } }\", \"query\": \"{ __typename }\"}"), 400, "BAD_REQUEST"),
                graphql("JSON with trailing content", Call.post(GATEWAY, "/graphql")
                        .json("{\"query\": \"{ articles { totalCount } }\"} {}"), 400, "BAD_REQUEST"),
                graphql("variables nested 900 deep", Call.post(GATEWAY, "/graphql")
                        .json("{\"query\": \"query($f: ArticleFilter) { articles(filter: $f) { totalCount } }\", \"variables\": {\"f\": "
                                + "[".repeat(900) + "]".repeat(900) + "}}"), 400, "BAD_REQUEST"),
                graphql("unknown charset", Call.post(GATEWAY, "/graphql").body("application/json; charset=bogus",
                        utf8("{\"query\": \"{ articles { totalCount } }\"}")), 415, "BAD_REQUEST"),
                graphql("nothing acceptable (Accept: text/html)", query("{ articles(first: 1) { totalCount } }").header("Accept", "text/html"),
                        406, "BAD_REQUEST"),
                graphql("method other than GET and POST", Call.of(GATEWAY, "PUT", "/graphql").json("{\"query\": \"{ articles { totalCount } }\"}"),
                        405, "BAD_REQUEST"),
                graphql("mutation over GET", Call.get(GATEWAY, "/graphql?query=" + urlEncoded(rename)), 405, "BAD_REQUEST"),
                graphql("subscription over HTTP", query("subscription { articleAnalyzed { articleId } }"), 200, "BAD_REQUEST"),
                graphql("lone surrogate in a variable", Call.post(GATEWAY, "/graphql")
                        .json("{\"query\": \"query($q: String!) { search(query: $q) { totalCount } }\", \"variables\": {\"q\": \"\\ud800\"}}"),
                        200, "BAD_USER_INPUT"),
                graphql("Int literal over 32 bits (4294967301)", query("{ articles(first: 4294967301) { totalCount } }"), 200, "BAD_USER_INPUT"),
                graphql("Int variable over 32 bits", query("query($n: Int) { articles(first: $n) { totalCount } }", Map.of("n", 4294967301L)),
                        200, "BAD_USER_INPUT"),
                graphql("expected version over 32 bits (4294967297)", query("mutation($input: UpdateArticleInput!) { updateArticle(input: $input) "
                        + "{ userErrors { code } } }", Map.of("input", Map.of("id", known.articleId(), "expectedVersion", 4294967297L,
                                "article", Map.of("headline", "Changed", "sections", List.of(Map.of("paragraphs", List.of("Changed."))))))).bearer(TestJwt.editor()),
                        200, "BAD_USER_INPUT"),
                graphql("date in the year 300000", query("query($f: ArticleFilter) { articles(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("publishedAfter", "+300000-01-01T00:00:00Z"))), 200, "BAD_USER_INPUT"),
                graphql("date in the year -4800 (literal)", query("{ search(query: \"summit\", filter: { publishedBefore: \"-4800-01-01T00:00:00Z\" }) "
                        + "{ totalCount } }"), 200, "BAD_USER_INPUT"),
                graphql("a list where a date belongs", query("query($f: ArticleFilter) { articles(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("publishedAfter", List.of(1, 2)))), 200, "BAD_USER_INPUT"),
                graphql("search of 2,000 negated words", query("query($q: String!) { search(query: $q) { totalCount } }",
                        Map.of("q", "-geneva ".repeat(2_000).strip())), 200, "BAD_USER_INPUT"),
                graphql("fragment bomb (2^30 fields in 1 KB)", query(fragmentBomb(30)), 200, "QUERY_TOO_COMPLEX"),
                graphql("fragment bomb over GET", Call.get(GATEWAY, "/graphql?query=" + urlEncoded(fragmentBomb(24))), 200, "QUERY_TOO_COMPLEX"),
                graphql("variables that are not JSON over GET", Call.get(GATEWAY,
                        "/graphql?query=%7B%20articles(first%3A%201)%20%7B%20totalCount%20%7D%20%7D&variables=%7Bnot-json")
                        .header("Accept", "application/json"), 400, "BAD_REQUEST"),
                graphql("unknown field", query("{ articles(first: 1) { edges { node { body } } } }"), 200, "GRAPHQL_VALIDATION_FAILED"),
                graphql("unknown argument", query("{ articles(first: 1, orderBy: DATE) { totalCount } }"), 200, "GRAPHQL_VALIDATION_FAILED"),
                graphql("argument of the wrong type", query("{ articles(first: \"ten\") { totalCount } }"), 200, "BAD_USER_INPUT"),
                graphql("variable of the wrong type", query("query($n: Int) { articles(first: $n) { totalCount } }", Map.of("n", "ten")),
                        200, "BAD_USER_INPUT"),
                graphql("invalid date in an input object", query("query($f: ArticleFilter) { articles(filter: $f) { totalCount } }",
                        Map.of("f", Map.of("publishedAfter", "yesterday"))), 200, "BAD_USER_INPUT"),
                graphql("required variable missing", query("query($id: ID!) { article(id: $id) { headline } }", Map.of()), 200, "BAD_USER_INPUT"),
                graphql("depth over the limit (12)", query(deep), 200, "QUERY_TOO_COMPLEX"),
                graphql("lists multiplying past the cost limit (20 aliases of 100 × 100 × 100)", query(multiplied), 200, "QUERY_TOO_COMPLEX"),
                graphql("alias flood (31 aliases)", query(aliases), 200, "QUERY_TOO_COMPLEX"),
                graphql("query over 20,000 characters", query("{ articles(first: 1) { totalCount } }\n#" + "x".repeat(20_000)),
                        200, "QUERY_TOO_COMPLEX"),
                graphql("request over 64 KiB", query("query($q: String) { articles(first: 1) { totalCount } }",
                        Map.of("q", "y".repeat(GATEWAY_MAX_REQUEST_BYTES))), 413, "QUERY_TOO_COMPLEX"),
                graphql("request over 64 KiB, chunked", query("query($q: String) { articles(first: 1) { totalCount } }",
                        Map.of("q", "y".repeat(GATEWAY_MAX_REQUEST_BYTES))).chunked(), 413, "QUERY_TOO_COMPLEX"),
                graphql("invalid id (not a UUID)", query("{ article(id: \"42\") { headline } }"), 200, "BAD_USER_INPUT"),
                graphql("unknown article id", query("{ article(id: \"" + UNKNOWN_ID + "\") { headline } }"), 200, "NOT_FOUND"),
                graphql("unknown entity id", query("{ entity(id: \"" + UNKNOWN_ID + "\") { name } }"), 200, "NOT_FOUND"),
                graphql("first over the maximum (101)", query("{ articles(first: 101) { totalCount } }"), 200, "BAD_USER_INPUT"),
                graphql("negative first", query("{ entities(first: -1) { totalCount } }"), 200, "BAD_USER_INPUT"),
                graphql("garbage cursor", query("{ articles(after: \"garbage\") { totalCount } }"), 200, "BAD_USER_INPUT"),
                graphql("cursor of another list (entities)", query("{ articles(after: \"" + known.gatewayEntitiesCursor() + "\") { totalCount } }"),
                        200, "BAD_USER_INPUT"),
                graphql("cursor of another list (articles)", query("{ entities(after: \"" + known.gatewayArticlesCursor() + "\") { totalCount } }"),
                        200, "BAD_USER_INPUT"),
                graphql("NUL character in a search", query("query($q: String!) { search(query: $q) { totalCount } }", Map.of("q", "merkel\u0000")),
                        200, "BAD_USER_INPUT"),
                graphql("mutation without a token", query(rename), 200, "UNAUTHENTICATED"),
                graphql("mutation with a forged token (unknown key)", query(rename).bearer(TestJwt.editorSignedByStranger()), 401, "UNAUTHENTICATED"),
                graphql("mutation with an expired token", query(rename).bearer(TestJwt.expiredEditor()), 401, "UNAUTHENTICATED"),
                graphql("mutation with a token without the editor role", query(rename).bearer(TestJwt.reader()), 200, "FORBIDDEN"),
                new BadInputCase("ingest with a blank headline", query(ingest, Map.of("input", Map.of("headline", " ",
                        "sections", List.of(Map.of("paragraphs", List.of("Body.")))))).bearer(TestJwt.editor()), 200, "INVALID_REQUEST",
                        userError("ingestArticle")),
                graphql("ingest with control characters", query(ingest, Map.of("input", Map.of("headline", "Bell \u0007",
                        "sections", List.of(Map.of("paragraphs", List.of("Body.")))))).bearer(TestJwt.editor()), 200, "BAD_USER_INPUT"),
                new BadInputCase("ingest with a huge headline (50,000 characters)", query(ingest, Map.of("input", Map.of("headline", "H".repeat(50_000),
                        "sections", List.of(Map.of("paragraphs", List.of("Body.")))))).bearer(TestJwt.editor()), 200, "INVALID_REQUEST",
                        userError("ingestArticle")));
    }

    private static String fragmentBomb(int levels) {
        StringBuilder query = new StringBuilder("query { ...F" + levels + " }\nfragment F0 on Query { articles(first: 1) { totalCount } }\n");
        for (int i = 1; i <= levels; i++) {
            query.append("fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1).append(" }\n");
        }
        return query.toString();
    }

    private static String urlEncoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static BadInputCase problem(String name, Call call, int status, String slug) {
        return new BadInputCase(name, call, status, slug, PROBLEM);
    }

    private static BadInputCase graphql(String name, Call call, int status, String code) {
        return new BadInputCase(name, call, status, code, GRAPHQL_ERROR);
    }

    private static Call editor(Call call) {
        return call.bearer(TestJwt.editor());
    }

    private static Call ingest(String contentType, byte[] body) {
        return editor(Call.post(ARTICLE, "/articles").body(contentType, body));
    }

    private static Call ingestJson(String json) {
        return ingest("application/json", utf8(json));
    }

    private static Call ingestJson(String json, String token) {
        Call call = Call.post(ARTICLE, "/articles").json(json);
        return token == null ? call : call.bearer(token);
    }

    private static Call patch(String path, String json) {
        return editor(Call.of(ENTITY, "PATCH", path).json(json));
    }

    private static Call alias(String entity, String json) {
        return alias(entity, json, TestJwt.editor());
    }

    private static Call alias(String entity, String json, String token) {
        Call call = Call.post(ENTITY, entity + "/aliases").json(json);
        return token == null ? call : call.bearer(token);
    }

    private static Call query(String query) {
        return query(query, null);
    }

    private static Call query(String query, Map<String, Object> variables) {
        JsonObject request = new JsonObject().put("query", query);
        if (variables != null) {
            request.put("variables", new JsonObject(variables));
        }
        return Call.post(GATEWAY, "/graphql").json(request.encode());
    }

    /** An article whose headline and only paragraph are the given JSON values. */
    private static String article(String headline, String paragraph) {
        return "{\"headline\":" + headline + ",\"sections\":[{\"paragraphs\":[" + paragraph + "]}]}";
    }

    private static String articles(int count, String separator) {
        return IntStream.range(0, count).mapToObj(i -> article("\"Batch " + i + "\"", "\"Paragraph " + i + ".\""))
                .collect(Collectors.joining(separator));
    }

    private static String quoted(String text) {
        return new JsonObject().put("v", text).encode().replaceFirst("^\\{\"v\":", "").replaceFirst("}$", "");
    }

    private static String uuids(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.nameUUIDFromBytes(new byte[] { (byte) i, (byte) (i >> 8) }).toString())
                .collect(Collectors.joining(","));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Text and raw byte values in order: how a case writes bytes that are not valid UTF-8. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(utf8((String) part));
            }
        }
        return out.toByteArray();
    }
}

package dev.newsgraph.article.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsgraph.commons.json.JsonBody;
import dev.newsgraph.commons.json.JsonText;
import dev.newsgraph.commons.problem.DatabaseUnavailable;
import dev.newsgraph.commons.problem.JsonProblems;
import dev.newsgraph.commons.problem.Problem;
import dev.newsgraph.commons.problem.ProblemException;

/**
 * Ingests many articles in one request. Each item is parsed, validated and stored on its own, in its
 * own transaction, so one bad item costs only itself. What makes the whole request unusable (it is not
 * a JSON array, or holds more than {@value #MAX_ITEMS} items) is refused before any item is stored.
 */
@ApplicationScoped
public class BatchIngest {

    public static final int MAX_ITEMS = 1000;

    private static final Logger LOG = Logger.getLogger(BatchIngest.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    ArticleWriter writer;

    @Inject
    JsonBody json;

    /** A JSON array of articles. */
    public BatchResult ingestJsonArray(String body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(JsonProblems.of(e));
        }
        if (root == null || !root.isArray()) {
            throw ProblemException.badRequest("invalid-batch", "The body must be a JSON array of articles");
        }
        requireAtMostMaxItems(root.size());
        List<Item> items = new ArrayList<>();
        for (JsonNode node : root) {
            items.add(read(() -> {
                JsonText.requireWellFormed(node);
                return mapper.treeToValue(node, ArticleInput.class);
            }));
        }
        return ingest(items);
    }

    /** Newline-delimited JSON: one article per line, exactly one JSON value per line; blank lines are skipped. */
    public BatchResult ingestNdjson(String body) {
        List<String> lines = body.lines().filter(line -> !line.isBlank()).toList();
        requireAtMostMaxItems(lines.size());
        List<Item> items = new ArrayList<>();
        for (String line : lines) {
            items.add(read(() -> json.read(line, ArticleInput.class)));
        }
        return ingest(items);
    }

    private BatchResult ingest(List<Item> items) {
        List<BatchResult.ItemResult> results = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            results.add(ingestOne(index, items.get(index)));
        }
        return BatchResult.of(results);
    }

    private BatchResult.ItemResult ingestOne(int index, Item item) {
        if (item.problem() != null) {
            return BatchResult.ItemResult.error(index, item.problem());
        }
        try {
            IngestResult result = writer.create(ArticleDraft.from(item.input()));
            return new BatchResult.ItemResult(index, result.outcome(), result.article().id, null);
        } catch (ProblemException e) {
            return BatchResult.ItemResult.error(index, e.problem());
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.isCauseOf(e)) {
                LOG.warnf("Database unavailable on batch item %d: %s", index, e.toString());
                return BatchResult.ItemResult.error(index, DatabaseUnavailable.problem());
            }
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "Unexpected error %s on batch item %d", errorId, index);
            return BatchResult.ItemResult.error(index, Problem.of(500, "internal-error", "Internal server error",
                    "The item could not be stored; error id " + errorId).withErrorId(errorId));
        }
    }

    private static void requireAtMostMaxItems(int count) {
        if (count > MAX_ITEMS) {
            throw ProblemException.badRequest("too-many-items",
                    "A batch holds at most " + MAX_ITEMS + " articles, this one " + count);
        }
    }

    private static Item read(JsonReader reader) {
        try {
            ArticleInput input = reader.read();
            return input == null
                    ? new Item(null, Problem.of(400, "invalid-field", "Bad request", "The item must be a JSON object"))
                    : new Item(input, null);
        } catch (JsonProcessingException e) {
            return new Item(null, JsonProblems.of(e));
        } catch (ProblemException e) {
            return new Item(null, e.problem());
        }
    }

    /** The same kinds of problem the service answers for a single article's JSON, per item here. */
    @FunctionalInterface
    private interface JsonReader {
        ArticleInput read() throws JsonProcessingException;
    }

    private record Item(ArticleInput input, Problem problem) {
    }
}

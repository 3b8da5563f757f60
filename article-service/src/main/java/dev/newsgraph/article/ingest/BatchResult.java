package dev.newsgraph.article.ingest;

import java.util.List;
import java.util.UUID;

import dev.newsgraph.commons.problem.Problem;

/** The answer to a batch: one result per item, in item order, and how many of each outcome. */
public record BatchResult(List<ItemResult> results, int created, int duplicates, int errors) {

    static BatchResult of(List<ItemResult> results) {
        return new BatchResult(results, count(results, IngestOutcome.CREATED), count(results, IngestOutcome.DUPLICATE),
                count(results, IngestOutcome.ERROR));
    }

    private static int count(List<ItemResult> results, IngestOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** @param articleId the created or existing article; null for an error */
    public record ItemResult(int index, IngestOutcome outcome, UUID articleId, Problem problem) {

        static ItemResult error(int index, Problem problem) {
            return new ItemResult(index, IngestOutcome.ERROR, null, problem);
        }
    }
}

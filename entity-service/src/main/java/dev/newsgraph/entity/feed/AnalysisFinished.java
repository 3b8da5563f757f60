package dev.newsgraph.entity.feed;

import java.util.UUID;

/** One event of {@code GET /analysis/stream}: an article's analysis finished, well or not. */
public record AnalysisFinished(UUID articleId, int version, String status) {
}

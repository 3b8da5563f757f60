package dev.newsgraph.entity.feed;

import java.time.Instant;
import java.util.UUID;

/** The analysis state of one article, as the API shows it. */
public record AnalysisStatus(UUID articleId, String status, Integer analyzedVersion, Instant analyzedAt, String error,
        String recognizer) {
}

package dev.newsgraph.gateway.analysis;

/** One event of the entity service's analysis stream: an analysis of an article version finished. */
public record AnalysisEvent(String articleId, Integer version, String status) {
}

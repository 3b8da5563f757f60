package dev.newsgraph.gateway.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The article service's answer to an ingestion: {@code CREATED} or {@code DUPLICATE}, and the article. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IngestOutcome(String outcome, Article article) {

    public boolean duplicate() {
        return "DUPLICATE".equals(outcome);
    }
}

package dev.newsgraph.gateway.analysis;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticleAnalysis")
@Description("The state of entity recognition for one article.")
public record ArticleAnalysis(
        @Ignore String articleId,
        @Description("Whether the analysis is pending, done or failed.") @NonNull AnalysisStatus status,
        @Description("The article version the current entities were found in; null before the first analysis.") Integer analyzedVersion,
        @Description("When that analysis finished.") Instant analyzedAt,
        @Description("Why the analysis failed, when it did.") String error) {
}

package dev.newsgraph.gateway.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How {@link ArticleListing} scans candidates when articles are filtered by the entities they mention. */
@ConfigMapping(prefix = "newsgraph.gateway.mentions")
public interface MentionsConfig {

    /** Candidate articles read per step; at most 100, so one article-service page holds every match among them. */
    @WithDefault("100")
    int candidateBlock();

    /** Most candidate blocks one GraphQL page may scan before ending early with {@code hasNextPage} true. */
    @WithDefault("10")
    int maxBlocksPerPage();
}

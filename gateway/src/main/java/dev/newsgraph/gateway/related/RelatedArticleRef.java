package dev.newsgraph.gateway.related;

import java.util.List;

/** The entity service's answer for one related article: its id and the entities both articles mention. */
public record RelatedArticleRef(String articleId, int sharedCount, List<String> sharedEntityIds) {
}

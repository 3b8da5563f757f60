package dev.newsgraph.entity.entity;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import dev.newsgraph.commons.paging.Page;

/** The read models of entities as they stand in articles (see docs/service-contracts.md). */
public final class ArticleEntityViews {

    private ArticleEntityViews() {
    }

    public record MentionView(String text, int start, int end, String sentence, double confidence) {
    }

    /** {@code mentions} is null (and left out) when the reader asked for entities without their mentions. */
    public record ArticleEntity(EntityView entity, double salience, int mentionCount,
            @JsonInclude(Include.NON_NULL) List<MentionView> mentions) {
    }

    public record ArticleEntities(UUID articleId, List<ArticleEntity> entities) {
    }

    public record RelatedEntity(EntityView entity, int articleCount) {
    }

    public record EntityRelated(UUID entityId, List<RelatedEntity> related) {
    }

    public record EntityArticles(UUID entityId, Page<ArticleRef> page) {
    }

    public record RelatedArticle(UUID articleId, int sharedCount, List<UUID> sharedEntityIds) {
    }

    public record ArticleRelated(UUID articleId, List<RelatedArticle> related) {
    }
}

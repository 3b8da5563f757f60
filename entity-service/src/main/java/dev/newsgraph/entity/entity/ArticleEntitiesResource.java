package dev.newsgraph.entity.entity;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.newsgraph.commons.paging.KeysetRead;
import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.commons.paging.PageLimit;
import dev.newsgraph.commons.query.BooleanParameter;
import dev.newsgraph.commons.batch.IdList;
import dev.newsgraph.entity.api.Items;
import dev.newsgraph.entity.entity.ArticleEntityViews.ArticleEntities;
import dev.newsgraph.entity.entity.ArticleEntityViews.ArticleRelated;
import dev.newsgraph.entity.recognition.EntityType;

/** Articles seen through their entities: batch reads for the gateway. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleEntitiesResource {

    static final int ENTITIES_PER_ARTICLE_DEFAULT = 50;
    static final int ENTITIES_PER_ARTICLE_MAX = 500;
    static final int MENTIONING_MAX = 1000;

    @Inject
    EntityQueries queries;

    @GET
    @Path("/entities")
    public Items<ArticleEntities> entities(@QueryParam("ids") List<String> ids, @QueryParam("type") String type,
            @QueryParam("limit") String limit, @QueryParam("mentions") String mentions) {
        return new Items<>(queries.articleEntities(IdList.parse(ids, "ids"), EntityResource.parse(EntityType.class, type, "type", null),
                PageLimit.parse(limit, ENTITIES_PER_ARTICLE_DEFAULT, ENTITIES_PER_ARTICLE_MAX),
                BooleanParameter.parse("mentions", mentions, true)));
    }

    @GET
    @Path("/mentioning")
    public Page<ArticleRef> mentioning(@QueryParam("entities") List<String> entities, @QueryParam("cursor") String cursor,
            @QueryParam("before") String before, @QueryParam("last") String last, @QueryParam("limit") String limit) {
        return queries.mentioning(IdList.parse(entities, "entities"),
                KeysetRead.parse(cursor, before, last, PageLimit.parse(limit, PageLimit.DEFAULT, MENTIONING_MAX)));
    }

    @GET
    @Path("/related")
    public Items<ArticleRelated> related(@QueryParam("ids") List<String> ids, @QueryParam("limit") String limit) {
        return new Items<>(queries.relatedArticles(IdList.parse(ids, "ids"),
                PageLimit.parse(limit, EntityResource.RELATED_DEFAULT, EntityResource.RELATED_MAX)));
    }
}

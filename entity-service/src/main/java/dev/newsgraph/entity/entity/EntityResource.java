package dev.newsgraph.entity.entity;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.newsgraph.commons.json.JsonBody;
import dev.newsgraph.commons.paging.KeysetRead;
import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.commons.paging.PageLimit;
import dev.newsgraph.commons.query.BooleanParameter;
import dev.newsgraph.commons.problem.Problem;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.text.ControlCharacters;
import dev.newsgraph.entity.api.BatchResult;
import dev.newsgraph.commons.batch.IdList;
import dev.newsgraph.entity.api.RequestLimits;
import dev.newsgraph.entity.api.Items;
import dev.newsgraph.entity.entity.ArticleEntityViews.EntityArticles;
import dev.newsgraph.entity.entity.ArticleEntityViews.EntityRelated;
import dev.newsgraph.entity.entity.ArticleEntityViews.RelatedEntity;
import dev.newsgraph.entity.recognition.EntityType;

/** Entities: reads for the gateway (open) and an editor's corrections (role {@code editor}). */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    static final int RELATED_DEFAULT = 20;
    static final int RELATED_MAX = 100;
    static final int MAX_NAME_CHARS = 300;

    @Inject
    EntityQueries queries;

    @Inject
    EntityCorrections corrections;

    @Inject
    JsonBody json;

    @GET
    public Object list(@QueryParam("ids") List<String> ids, @QueryParam("type") String type,
            @QueryParam("name") String name, @QueryParam("match") String match, @QueryParam("orderBy") String orderBy,
            @QueryParam("cursor") String cursor, @QueryParam("before") String before, @QueryParam("last") String last,
            @QueryParam("limit") String limit) {
        if (ids != null && !ids.isEmpty()) {
            if (type != null || name != null || match != null || orderBy != null || cursor != null || before != null || last != null
                    || limit != null) {
                throw ProblemException.badRequest("ids-only", "A batch lookup by 'ids' takes no other parameter");
            }
            List<UUID> requested = IdList.parse(ids, "ids");
            Map<UUID, EntityView> views = queries.views(requested);
            List<EntityView> items = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (UUID id : requested) {
                EntityView view = views.get(id);
                if (view == null) {
                    missing.add(id.toString());
                } else {
                    items.add(view);
                }
            }
            return new BatchResult<>(items, missing);
        }
        KeysetRead read = KeysetRead.parse(cursor, before, last, PageLimit.parse(limit));
        ControlCharacters.requireNoneIn("name", name);
        if (name != null && name.length() > MAX_NAME_CHARS) {
            throw ProblemException.badRequest("invalid-parameter", "name is at most " + MAX_NAME_CHARS + " characters, was " + name.length());
        }
        EntityQueries.NameMatch nameMatch = parse(EntityQueries.NameMatch.class, match, "match", EntityQueries.NameMatch.PREFIX);
        EntityQueries.EntityOrder order = parse(EntityQueries.EntityOrder.class, orderBy, "orderBy", EntityQueries.EntityOrder.MENTIONS);
        if (match != null && name == null) {
            throw ProblemException.badRequest("match-without-name", "'match' needs a 'name' to match");
        }
        return queries.list(parse(EntityType.class, type, "type", null), name, nameMatch, order, read);
    }

    @GET
    @Path("/{id}")
    public EntityView get(@PathParam("id") String id) {
        return queries.get(IdList.one(id, "entity"));
    }

    @GET
    @Path("/{id}/articles")
    public Page<ArticleRef> articles(@PathParam("id") String id, @QueryParam("cursor") String cursor,
            @QueryParam("before") String before, @QueryParam("last") String last, @QueryParam("limit") String limit) {
        return queries.articles(IdList.one(id, "entity"), KeysetRead.parse(cursor, before, last, PageLimit.parse(limit)));
    }

    /** The first page of articles of each entity, or with {@code last=true} the last page. */
    @GET
    @Path("/articles")
    public Items<EntityArticles> articlesOfEntities(@QueryParam("ids") List<String> ids, @QueryParam("limit") String limit,
            @QueryParam("last") String last) {
        return new Items<>(queries.articlesOfEntities(IdList.parse(ids, "ids"), PageLimit.parse(limit),
                BooleanParameter.parse("last", last, false)));
    }

    @GET
    @Path("/{id}/related")
    public Items<RelatedEntity> related(@PathParam("id") String id, @QueryParam("limit") String limit) {
        UUID entity = IdList.one(id, "entity");
        queries.get(entity);
        List<EntityRelated> related = queries.related(List.of(entity), PageLimit.parse(limit, RELATED_DEFAULT, RELATED_MAX));
        return new Items<>(related.get(0).related());
    }

    @GET
    @Path("/related")
    public Items<EntityRelated> relatedOfEntities(@QueryParam("ids") List<String> ids, @QueryParam("limit") String limit) {
        return new Items<>(queries.related(IdList.parse(ids, "ids"), PageLimit.parse(limit, RELATED_DEFAULT, RELATED_MAX)));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("editor")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntityView patch(@PathParam("id") String id, InputStream body, HttpHeaders headers) throws JsonProcessingException {
        UUID entity = IdList.one(id, "entity");
        return queries.get(corrections.patch(entity, EntityPatchReader.read(json.read(body, headers, RequestLimits.MAX_JSON_BYTES, JsonNode.class))));
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed("editor")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntityView merge(@PathParam("id") String id, InputStream body, HttpHeaders headers) throws JsonProcessingException {
        UUID source = IdList.one(id, "entity");
        MergeRequest request = json.read(body, headers, RequestLimits.MAX_JSON_BYTES, MergeRequest.class);
        if (request.targetId() == null || request.targetId().isBlank()) {
            throw ProblemException.invalid("A merge needs the entity to merge into",
                    List.of(new Problem.FieldError("targetId", "must be given")));
        }
        UUID target = IdList.one(request.targetId(), "target entity");
        if (source.equals(target)) {
            throw ProblemException.badRequest("merge-into-itself", "An entity cannot be merged into itself");
        }
        return queries.get(corrections.merge(source, target));
    }

    @POST
    @Path("/{id}/aliases")
    @RolesAllowed("editor")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntityView addAlias(@PathParam("id") String id, InputStream body, HttpHeaders headers) throws JsonProcessingException {
        UUID entity = IdList.one(id, "entity");
        AliasRequest request = json.read(body, headers, RequestLimits.MAX_JSON_BYTES, AliasRequest.class);
        if (request.alias() == null || request.alias().isBlank()) {
            throw ProblemException.invalid("An alias is needed", List.of(new Problem.FieldError("alias", "must not be blank")));
        }
        Optional<String> controlCharacters = ControlCharacters.problem(request.alias());
        if (controlCharacters.isPresent()) {
            throw ProblemException.invalid("The alias is invalid", List.of(new Problem.FieldError("alias", controlCharacters.get())));
        }
        if (request.alias().length() > MAX_NAME_CHARS) {
            throw ProblemException.invalid("The alias is too long",
                    List.of(new Problem.FieldError("alias", "at most " + MAX_NAME_CHARS + " characters")));
        }
        return queries.get(corrections.addAlias(entity, request.alias()));
    }

    @DELETE
    @Path("/{id}/aliases/{alias}")
    @RolesAllowed("editor")
    public EntityView removeAlias(@PathParam("id") String id, @PathParam("alias") String alias) {
        return queries.get(corrections.removeAlias(IdList.one(id, "entity"), alias));
    }

    public record MergeRequest(String targetId) {
    }

    public record AliasRequest(String alias) {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-" + parameter.toLowerCase(Locale.ROOT),
                    "'" + parameter + "' must be one of " + Arrays.toString(type.getEnumConstants()) + ", was '" + value + "'");
        }
    }
}

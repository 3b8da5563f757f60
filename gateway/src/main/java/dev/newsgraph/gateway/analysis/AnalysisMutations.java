package dev.newsgraph.gateway.analysis;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.entity.EntityServiceClient;
import dev.newsgraph.gateway.errors.IdArgument;
import dev.newsgraph.gateway.errors.ServiceFailures;
import dev.newsgraph.gateway.errors.UserErrors;
import dev.newsgraph.gateway.security.CallerToken;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class AnalysisMutations {

    @Inject
    @RestClient
    EntityServiceClient entities;

    @Inject
    CallerToken caller;

    @Mutation("reanalyzeArticle")
    @RolesAllowed("editor")
    @NonNull
    @Description("Queues an article for entity recognition again. Requires the editor role.")
    public Uni<ReanalyzeArticlePayload> reanalyzeArticle(@NonNull @Description("The article.") ReanalyzeArticleInput input) {
        if (!IdArgument.isValid(input.articleId())) {
            return UserErrors.invalid("input.articleId", "articleId must be an article id (UUID)", errors -> new ReanalyzeArticlePayload(null, errors));
        }
        return UserErrors.recover(
                caller.authorization().flatMap(authorization -> entities.reanalyze(authorization, input.articleId()))
                        .onFailure().transform(ServiceFailures.entityWrite())
                        .map(analysis -> new ReanalyzeArticlePayload(analysis, List.of())),
                "input.", errors -> new ReanalyzeArticlePayload(null, errors));
    }
}

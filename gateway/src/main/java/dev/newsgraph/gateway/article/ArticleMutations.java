package dev.newsgraph.gateway.article;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.errors.IdArgument;
import dev.newsgraph.gateway.errors.ServiceFailures;
import dev.newsgraph.gateway.errors.UserErrors;
import dev.newsgraph.gateway.security.CallerToken;
import io.smallrye.mutiny.Uni;

/** Editor mutations on articles; the caller's token goes along to the article service, which checks it too. */
@GraphQLApi
public class ArticleMutations {

    @Inject
    @RestClient
    ArticleServiceClient articles;

    @Inject
    CallerToken caller;

    @Mutation("ingestArticle")
    @RolesAllowed("editor")
    @NonNull
    @Description("Ingests a structured article. A duplicate (same address or same content) is not stored again: the existing article is returned with `duplicate: true`. Requires the editor role.")
    public Uni<IngestArticlePayload> ingestArticle(@NonNull @Description("The article.") ArticleInput input) {
        return UserErrors.recover(
                caller.authorization().flatMap(authorization -> articles.ingest(authorization, input)).onFailure().transform(ServiceFailures.articleWrite()).map(IngestArticlePayload::of),
                "input.", IngestArticlePayload::rejected);
    }

    @Mutation("ingestText")
    @RolesAllowed("editor")
    @NonNull
    @Description("Ingests an article written as plain text or Markdown; the headline and sections are read from the text. Requires the editor role.")
    public Uni<IngestArticlePayload> ingestText(
            @NonNull @Description("The article's text.") String text,
            @Description("Metadata the text does not carry.") ArticleMetaInput meta,
            @Description("How the text is written; PLAIN when not given.") TextFormat format) {
        ArticleMetaInput m = meta == null ? ArticleMetaInput.NONE : meta;
        Uni<IngestOutcome> call = caller.authorization().flatMap(authorization -> format == TextFormat.MARKDOWN
                ? articles.ingestMarkdown(authorization, text, m.url(), m.source(), text(m.publishedAt()), m.language(), m.authors(), m.tags())
                : articles.ingestPlainText(authorization, text, m.url(), m.source(), text(m.publishedAt()), m.language(), m.authors(), m.tags()));
        return UserErrors.recover(call.onFailure().transform(ServiceFailures.articleWrite()).map(IngestArticlePayload::of),
                "meta.", IngestArticlePayload::rejected);
    }

    @Mutation("updateArticle")
    @RolesAllowed("editor")
    @NonNull
    @Description("Replaces an article's content if its version is still `expectedVersion`; its entities are then found again. Requires the editor role.")
    public Uni<UpdateArticlePayload> updateArticle(@NonNull @Description("The article, its expected version and new content.") UpdateArticleInput input) {
        if (!IdArgument.isValid(input.id())) {
            return UserErrors.invalid("input.id", "id must be an article id (UUID)", errors -> new UpdateArticlePayload(null, errors));
        }
        return UserErrors.recover(
                caller.authorization().flatMap(authorization -> articles.update(authorization, input.id(), Integer.toString(input.expectedVersion()), input.article()))
                        .onFailure().transform(ServiceFailures.articleWrite())
                        .map(article -> new UpdateArticlePayload(article, List.of())),
                "input.article.", errors -> new UpdateArticlePayload(null, errors));
    }

    @Mutation("deleteArticle")
    @RolesAllowed("editor")
    @NonNull
    @Description("Deletes an article (if its version is still `expectedVersion`, when given). Requires the editor role.")
    public Uni<DeleteArticlePayload> deleteArticle(@NonNull @Description("The article to delete.") DeleteArticleInput input) {
        if (!IdArgument.isValid(input.id())) {
            return UserErrors.invalid("input.id", "id must be an article id (UUID)", errors -> new DeleteArticlePayload(null, errors));
        }
        String expected = input.expectedVersion() == null ? null : input.expectedVersion().toString();
        return UserErrors.recover(
                caller.authorization().flatMap(authorization -> articles.delete(authorization, input.id(), expected))
                        .onFailure().transform(ServiceFailures.articleWrite())
                        .map(done -> new DeleteArticlePayload(input.id(), List.of())),
                "input.", errors -> new DeleteArticlePayload(null, errors));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

package dev.newsgraph.gateway.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Serves the schema as SDL at {@code /graphql/schema.graphql}: every type the schema uses, custom
 * scalars included with their {@code @specifiedBy}, so graphql-js, code generators and Relay's
 * compiler build the same schema from it as from introspection. The specification's own directives
 * are left out, as every GraphQL tool knows them; SmallRye's printer offers no way to choose what
 * it prints. The committed {@code gateway/schema.graphql} is this text ({@code SchemaSnapshotTest}).
 */
@ApplicationScoped
public class SchemaDocument {

    private static final SchemaPrinter PRINTER = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
            .includeScalarTypes(true)
            .includeSchemaDefinition(false)
            .includeIntrospectionTypes(false)
            .includeDirectives(true)
            .includeDirectiveDefinition(name -> !PublicSchema.SPECIFIED_DIRECTIVES.contains(name))
            .descriptionsAsHashComments(false)
            .useAstDefinitions(false));

    @Inject
    Instance<GraphQLSchema> schema;

    private volatile String sdl;

    void install(@Observes Router router) {
        router.get("/graphql/schema.graphql").order(-90).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end(sdl()));
    }

    public String sdl() {
        if (sdl == null) {
            sdl = PRINTER.print(schema.get());
        }
        return sdl;
    }
}

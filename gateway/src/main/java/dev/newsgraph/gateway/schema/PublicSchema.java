package dev.newsgraph.gateway.schema;

import java.util.Map;
import java.util.Set;

import graphql.Scalars;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Shapes the schema clients see, once, when it is built:
 * <ul>
 * <li>custom scalars get a description and their {@code @specifiedBy} URL, so the SDL and
 * introspection say how values are written and code generators map them to the right types;</li>
 * <li>scalars check their input strictly ({@link StrictScalars});</li>
 * <li>{@code Query.nodes(ids:)} is typed {@code [ID!]!}: SmallRye 2.17 fails to map the items of a list
 * argument annotated {@code @Id} (it looks for a scalar of the list's class), so the resolver takes
 * strings, which graphql-java coerces IDs to anyway;</li>
 * <li>only the directives of the GraphQL specification remain. SmallRye adds its own
 * ({@code @rolesAllowed}, {@code @constraint}, {@code @defer}) to every schema: they describe the
 * implementation, clients cannot use them, and Relay's compiler rejects a schema that redefines its
 * {@code @defer}.</li>
 * </ul>
 */
public class PublicSchema implements EventingService {

    static final Set<String> SPECIFIED_DIRECTIVES = Set.of("skip", "include", "deprecated", "specifiedBy", "oneOf");

    private record ScalarSpecification(String description, String url) {
    }

    private static final Map<String, ScalarSpecification> SCALARS = Map.of("DateTime", new ScalarSpecification(
            "A date and time with an offset from UTC, written as RFC 3339 specifies, e.g. `2024-09-01T12:00:00Z`.",
            "https://scalars.graphql.org/andimarek/date-time"));

    /** None: SmallRye always loads it. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema shaped = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                ScalarSpecification specification = SCALARS.get(scalar.getName());
                if (specification == null || specification.url().equals(scalar.getSpecifiedByUrl())) {
                    GraphQLScalarType strict = StrictScalars.strict(scalar);
                    return strict == scalar ? TraversalControl.CONTINUE : changeNode(context, strict);
                }
                // the URL for introspection, the applied directive for the SDL printer, which prints only the latter
                GraphQLAppliedDirective specifiedBy = GraphQLAppliedDirective.newDirective().name("specifiedBy")
                        .argument(GraphQLAppliedDirectiveArgument.newArgument().name("url").type(GraphQLNonNull.nonNull(Scalars.GraphQLString))
                                .valueProgrammatic(specification.url()))
                        .build();
                return changeNode(context, StrictScalars.strict(scalar).transform(type -> type.description(specification.description())
                        .specifiedByUrl(specification.url()).withAppliedDirective(specifiedBy)));
            }

            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
                return hasUnspecified(field) ? changeNode(context, field.transform(f -> f.replaceDirectives(specifiedLegacy(field)).replaceAppliedDirectives(specified(field)))) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLArgument(GraphQLArgument argument, TraverserContext<GraphQLSchemaElement> context) {
                if (isNodesIds(argument, context)) {
                    return changeNode(context, argument.transform(a -> a.type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID))))));
                }
                return hasUnspecified(argument) ? changeNode(context, argument.transform(a -> a.replaceDirectives(specifiedLegacy(argument)).replaceAppliedDirectives(specified(argument)))) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField field, TraverserContext<GraphQLSchemaElement> context) {
                return hasUnspecified(field) ? changeNode(context, field.transform(f -> f.replaceDirectives(specifiedLegacy(field)).replaceAppliedDirectives(specified(field)))) : TraversalControl.CONTINUE;
            }
        });
        GraphQLSchema.Builder result = GraphQLSchema.newSchema(shaped).codeRegistry(resolvingByName(shaped)).clearDirectives();
        for (GraphQLDirective directive : shaped.getDirectives()) {
            if (SPECIFIED_DIRECTIVES.contains(directive.getName())) {
                result.additionalDirective(directive);
            }
        }
        return result;
    }

    /**
     * Interface and union types resolved to the types of the schema executing: SmallRye's resolvers hold
     * the object types as they were before this transformation, which graphql-java would not match to
     * the fragments of an operation ({@code ... on Article}).
     */
    private static GraphQLCodeRegistry resolvingByName(GraphQLSchema schema) {
        return schema.getCodeRegistry().transform(code -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                TypeResolver resolver = type instanceof GraphQLInterfaceType i ? schema.getCodeRegistry().getTypeResolver(i)
                        : type instanceof GraphQLUnionType u ? schema.getCodeRegistry().getTypeResolver(u) : null;
                if (resolver != null) {
                    code.typeResolver(type.getName(), env -> {
                        GraphQLObjectType resolved = resolver.getType(env);
                        return resolved == null ? null : env.getSchema().getObjectType(resolved.getName());
                    });
                }
            }
        });
    }

    private static boolean isNodesIds(GraphQLArgument argument, TraverserContext<GraphQLSchemaElement> context) {
        return argument.getName().equals("ids") && context.getParentNode() instanceof GraphQLFieldDefinition field
                && field.getName().equals("nodes") && context.getParentContext().getParentNode() instanceof GraphQLObjectType type
                && type.getName().equals("Query");
    }

    private static boolean hasUnspecified(GraphQLDirectiveContainer element) {
        return element.getAppliedDirectives().stream().anyMatch(d -> !SPECIFIED_DIRECTIVES.contains(d.getName()))
                || element.getDirectives().stream().anyMatch(d -> !SPECIFIED_DIRECTIVES.contains(d.getName()));
    }

    /** SmallRye applies directives through graphql-java's older API too; both lists are kept in step. */
    @SuppressWarnings("deprecation")
    private static java.util.List<GraphQLDirective> specifiedLegacy(GraphQLDirectiveContainer element) {
        return element.getDirectives().stream().filter(d -> SPECIFIED_DIRECTIVES.contains(d.getName())).toList();
    }

    private static java.util.List<GraphQLAppliedDirective> specified(GraphQLDirectiveContainer element) {
        return element.getAppliedDirectives().stream().filter(d -> SPECIFIED_DIRECTIVES.contains(d.getName())).toList();
    }
}

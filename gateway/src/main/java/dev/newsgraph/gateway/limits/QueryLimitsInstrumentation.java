package dev.newsgraph.gateway.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import dev.newsgraph.gateway.errors.ErrorRewrites;
import dev.newsgraph.gateway.errors.InternalErrors;
import dev.newsgraph.gateway.errors.ValidationErrorCodes;
import dev.newsgraph.gateway.execution.ExecutionDocumentCache;
import dev.newsgraph.gateway.execution.JsonResultView;
import dev.newsgraph.gateway.execution.OperationInstrumentations;
import dev.newsgraph.gateway.security.SecurityErrorMessages;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;

/**
 * Enforces the limits on an operation's work with errors clients can branch on
 * ({@code extensions.code = QUERY_TOO_COMPLEX}, the limit and both values; {@code RATE_LIMITED}):
 * fields after fragment expansion and depth before validation ({@link OperationShapeLimits};
 * introspection is not held to the depth limit), cost with list sizes and each client's budget over
 * time before execution ({@link QueryCostLimits}). SmallRye installs plain graphql-java
 * instrumentations whose errors carry no code; graphql-java's builder takes a single instrumentation,
 * so this replaces SmallRye's chain with the gateway's own (SmallRye's query cache, through
 * {@link ExecutionDocumentCache}, plus the limits),
 * run as one ({@link OperationInstrumentations}). The depth limit is SmallRye's setting
 * ({@code quarkus.smallrye-graphql.instrumentation-query-depth}). The same
 * instrumentations give validation errors their codes
 * ({@link ValidationErrorCodes}) and security refusals their messages ({@link SecurityErrorMessages}),
 * and hands SmallRye the data as JSON ({@link JsonResultView}).
 *
 * <p>Installed as a SmallRye GraphQL {@link EventingService} (META-INF/services), not by observing the
 * CDI {@code GraphQL.Builder} event: CDI events would have to be switched on for that, and SmallRye
 * then fires several for every field it resolves, about a tenth of the gateway's CPU. Without a
 * {@link #getConfigKey() configuration key} SmallRye always loads it.
 */
public class QueryLimitsInstrumentation implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        Optional<Integer> maxDepth = config.getOptionalValue("quarkus.smallrye-graphql.instrumentation-query-depth", Integer.class);
        // the gateway's own limits through their mapping, as the HTTP endpoint reads them (CDI is not here)
        LimitsConfig limits = config.unwrap(SmallRyeConfig.class).getConfigMapping(LimitsConfig.class);
        ExecutionDocumentCache cache = new ExecutionDocumentCache();
        List<Instrumentation> operationSteps = new ArrayList<>();
        operationSteps.add(cache);
        operationSteps.add(new OperationShapeLimits(maxDepth.orElse(Integer.MAX_VALUE), limits.maxFields()));
        operationSteps.add(new QueryCostLimits(limits.maxCost()));
        operationSteps.add(new ErrorRewrites(List.of(ValidationErrorCodes::coded, SecurityErrorMessages::withMessage, InternalErrors::withErrorId)));
        operationSteps.add(new JsonResultView());
        return builder.instrumentation(new OperationInstrumentations(operationSteps)).preparsedDocumentProvider(cache);
    }
}

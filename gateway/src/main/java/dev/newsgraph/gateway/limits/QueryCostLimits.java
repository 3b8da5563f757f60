package dev.newsgraph.gateway.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;

/**
 * Refuses an operation whose cost ({@link QueryCost}) is over the limit, and one its client's budget
 * over time ({@link ClientBudgets}) cannot pay for, before anything runs; reports the cost of every
 * operation in the answer's {@code extensions.cost} (requested, maximum, the budget left).
 * The client and the budgets are the ones the HTTP endpoint puts in the operation's context
 * ({@link #CLIENT}, {@link #BUDGETS}); operations without them (subscriptions over WebSocket) are costed
 * but not charged.
 */
public class QueryCostLimits extends SimplePerformantInstrumentation {

    /** GraphQL context key of the client an operation is charged to. */
    public static final String CLIENT = "newsgraph.client";
    /** GraphQL context key of the budgets ({@link ClientBudgets}) the client is charged in. */
    public static final String BUDGETS = "newsgraph.budgets";

    private final long maxCost;

    public QueryCostLimits(long maxCost) {
        this.maxCost = maxCost;
    }

    private static final class Cost implements InstrumentationState {
        volatile Long requested;
        volatile Long remaining;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Cost());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        GraphQLSchema schema = execution.getGraphQLSchema();
        GraphQLFieldsContainer root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        long cost = QueryCost.of(schema, execution.getDocument(), operation.getSelectionSet(), root,
                execution.getCoercedVariables().toMap(), maxCost + 1);
        if (cost > maxCost) {
            throw new LimitExceeded("cost", (int) Math.min(Integer.MAX_VALUE, cost), (int) maxCost, "The query may return up to "
                    + (cost > maxCost ? "more than " + maxCost : cost) + " objects (lists count their page size); the cost limit is " + maxCost);
        }
        Cost own = (Cost) state;
        own.requested = cost;
        String client = execution.getGraphQLContext().get(CLIENT);
        ClientBudgets budgets = execution.getGraphQLContext().get(BUDGETS);
        if (client != null && budgets != null) {
            ClientBudgets.Spending spending = budgets.spend(client, cost);
            if (!spending.allowed()) {
                throw new RateLimited(spending.retryAfterSeconds());
            }
            own.remaining = spending.remaining();
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Cost own = (Cost) state;
        if (own == null || own.requested == null) {
            return CompletableFuture.completedFuture(result);
        }
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requested", own.requested);
        cost.put("maximum", maxCost);
        if (own.remaining != null) {
            cost.put("budgetRemaining", own.remaining);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.addExtension("cost", cost)));
    }

    /** The client's budget cannot pay for the operation now. */
    public static final class RateLimited extends AbortExecutionException {

        public static final String CODE = "RATE_LIMITED";
        private final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds) {
            super("This client has spent its query budget for now; retry in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        @Override
        public Map<String, Object> getExtensions() {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", CODE);
            extensions.put("retryAfter", retryAfterSeconds);
            return extensions;
        }
    }
}

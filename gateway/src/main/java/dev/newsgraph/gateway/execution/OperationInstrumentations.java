package dev.newsgraph.gateway.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;

/**
 * Several instrumentations that act once per operation, run as one: each gets its own state, then
 * validation, the operation's start (where limits refuse it) and the result, in order. graphql-java's
 * {@code ChainedInstrumentation} also chains every field's hooks through every member, even members
 * that only answer them with no-op contexts: for a page of articles with their entities that was a
 * sixth of the gateway's CPU. Members must therefore not need field hooks; those are not passed on.
 */
public class OperationInstrumentations extends SimplePerformantInstrumentation {

    private final List<Instrumentation> members;

    public OperationInstrumentations(List<Instrumentation> members) {
        this.members = List.copyOf(members);
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        List<CompletableFuture<InstrumentationState>> states = new ArrayList<>();
        for (Instrumentation member : members) {
            CompletableFuture<InstrumentationState> state = member.createStateAsync(parameters);
            states.add(state == null ? CompletableFuture.completedFuture(null) : state);
        }
        return CompletableFuture.allOf(states.toArray(CompletableFuture[]::new))
                .thenApply(done -> new States(states.stream().map(CompletableFuture::join).toList()));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return each(state, (member, own) -> member.beginValidation(parameters, own));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        return each(state, (member, own) -> member.beginExecuteOperation(parameters, own));
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        CompletableFuture<ExecutionResult> instrumented = CompletableFuture.completedFuture(result);
        for (int i = 0; i < members.size(); i++) {
            Instrumentation member = members.get(i);
            InstrumentationState own = ((States) state).of().get(i);
            instrumented = instrumented.thenCompose(r -> member.instrumentExecutionResult(r, parameters, own));
        }
        return instrumented;
    }

    /** The members' contexts for one hook, as one; a member may throw to refuse the operation. */
    private <T> InstrumentationContext<T> each(InstrumentationState state,
            BiFunction<Instrumentation, InstrumentationState, InstrumentationContext<T>> hook) {
        List<InstrumentationContext<T>> contexts = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            InstrumentationContext<T> context = hook.apply(members.get(i), ((States) state).of().get(i));
            if (context != null && context != SimpleInstrumentationContext.<T>noOp()) {
                contexts.add(context);
            }
        }
        if (contexts.isEmpty()) {
            return SimpleInstrumentationContext.noOp();
        }
        return contexts.size() == 1 ? contexts.get(0) : new InstrumentationContext<>() {
            @Override
            public void onDispatched() {
                contexts.forEach(InstrumentationContext::onDispatched);
            }

            @Override
            public void onCompleted(T result, Throwable t) {
                contexts.forEach(context -> context.onCompleted(result, t));
            }
        };
    }

    /** Each member's own state, in member order. */
    private record States(List<InstrumentationState> of) implements InstrumentationState {
    }
}

package dev.newsgraph.gateway.limits;

import java.util.List;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;

/**
 * Refuses, before validation, an operation whose expanded size or depth is over the limits
 * ({@link OperationShape}), on every transport (HTTP and WebSocket). Validation and everything after
 * it work on the expanded operation, so a fragment bomb must be stopped before them.
 */
public class OperationShapeLimits extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxFields;

    public OperationShapeLimits(int maxDepth, int maxFields) {
        this.maxDepth = maxDepth;
        this.maxFields = maxFields;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        OperationShape shape = OperationShape.of(parameters.getDocument(), maxFields + 1L);
        if (shape.fields() > maxFields) {
            throw new LimitExceeded("fields", (int) shape.fields(), maxFields, "The query holds more than " + maxFields
                    + " fields once its fragments are expanded; that is the limit");
        }
        if (shape.depth() > maxDepth) {
            throw new LimitExceeded("depth", shape.depth(), maxDepth,
                    "The query is " + shape.depth() + " levels deep; the depth limit is " + maxDepth);
        }
        return super.beginValidation(parameters, state);
    }
}

package dev.newsgraph.gateway.errors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UserError")
@Description("A problem with a mutation's input that the user can fix, such as an invalid field, a duplicate or a stale version.")
public record UserError(
        @Description("The input field the problem concerns, as a dotted path (e.g. `input.headline`); null when it concerns the whole input.") String field,
        @Description("What is wrong, in words that can be shown to the user.") @NonNull String message,
        @Description("Stable machine-readable kind of problem, e.g. `VALIDATION_FAILED`, `NOT_FOUND`, `VERSION_MISMATCH`.") @NonNull String code) {
}

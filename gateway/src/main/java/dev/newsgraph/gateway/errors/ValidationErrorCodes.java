package dev.newsgraph.gateway.errors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/**
 * Gives the errors graphql-java raises before execution the codes clients branch on, as the gateway's
 * own errors have: a document that does not validate against the schema is
 * {@code GRAPHQL_VALIDATION_FAILED}; an argument or variable value of the wrong type is
 * {@code BAD_USER_INPUT}, with a message that names the argument but not the engine's representation
 * of the value or type (which can carry Java class names).
 */
public final class ValidationErrorCodes {

    static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    private static final String REASON = "' - ";
    private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

    private ValidationErrorCodes() {
    }

    /** The error with its code (and a message without engine internals); an error that has a code, as it is. */
    public static GraphQLError coded(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        if (error instanceof ValidationError validation) {
            boolean wrongType = validation.getValidationErrorType() == ValidationErrorType.WrongType;
            // the description alone: graphql-java's message prefixes it with the rule's internal name and path
            return GraphqlErrorBuilder.newError()
                    .message(wrongType ? wrongTypeMessage(validation.getDescription()) : withoutClassNames(validation.getDescription()))
                    .locations(validation.getLocations())
                    .errorType(ErrorType.ValidationError)
                    .extensions(withCode(error, wrongType ? BAD_USER_INPUT : VALIDATION_FAILED))
                    .build();
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            // variable values that cannot be coerced to their declared types
            return GraphqlErrorBuilder.newError().message(withoutClassNames(error.getMessage())).locations(error.getLocations())
                    .path(error.getPath()).errorType(error.getErrorType()).extensions(withCode(error, BAD_USER_INPUT)).build();
        }
        return error;
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().get("code") != null;
    }

    private static Map<String, Object> withCode(GraphQLError error, String code) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code);
        return extensions;
    }

    private static String wrongTypeMessage(String description) {
        String text = description == null ? "" : description;
        Matcher argument = ARGUMENT.matcher(text);
        String message = argument.find() ? "Argument '" + argument.group(1) + "' has a value of the wrong type"
                : "An argument has a value of the wrong type";
        // the scalar's own reason, after the engine's rendering of the value; the gateway's scalars word it
        int reason = text.lastIndexOf(REASON);
        return reason < 0 ? message : message + ": " + withoutClassNames(text.substring(reason + REASON.length()));
    }

    private static String withoutClassNames(String message) {
        return message == null ? null : CLASS_NAME.matcher(message).replaceAll("(type)");
    }
}

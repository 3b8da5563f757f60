package dev.newsgraph.gateway.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The input rules of the gateway's scalars, checked where GraphQL coerces values, so a bad value is a
 * request error ({@code BAD_USER_INPUT}) before any resolver or service sees it:
 * <ul>
 * <li>{@code Int} is a 32-bit integer, as the specification says: SmallRye's own coercion truncates
 * a literal of {@code 4294967301} to 5, which passed page sizes and optimistic-lock versions;</li>
 * <li>{@code DateTime} lies in the years 0001 to 9999, the range every service stores;</li>
 * <li>a value of the wrong kind is refused with a message naming the type, never the Java class the
 * engine read it as.</li>
 * </ul>
 */
final class StrictScalars {

    private static final Pattern YEAR = Pattern.compile("^([+-]?\\d+)-");

    private StrictScalars() {
    }

    static GraphQLScalarType strict(GraphQLScalarType scalar) {
        if (isGraphQLJavas(scalar)) {
            // graphql-java's own (introspection uses them; they cannot be replaced) already follow the specification
            return scalar;
        }
        return switch (scalar.getName()) {
            case "Int" -> scalar.transform(type -> type.coercing(new Checked(scalar, StrictScalars::checkInt)));
            case "DateTime" -> scalar.transform(type -> type.coercing(new Checked(scalar, StrictScalars::checkDateTime)));
            default -> scalar.transform(type -> type.coercing(new Checked(scalar, input -> null)));
        };
    }

    private static boolean isGraphQLJavas(GraphQLScalarType scalar) {
        return scalar == Scalars.GraphQLInt || scalar == Scalars.GraphQLFloat || scalar == Scalars.GraphQLString
                || scalar == Scalars.GraphQLBoolean || scalar == Scalars.GraphQLID;
    }

    /** Why an input value is not acceptable, or null when it is. */
    private interface Rule {
        String problem(Object input);
    }

    private static String checkInt(Object input) {
        BigDecimal number = input instanceof IntValue literal ? new BigDecimal(literal.getValue())
                : input instanceof Number n ? new BigDecimal(n.toString()) : null;
        if (number == null) {
            return input instanceof Value<?> ? null : "Expected an Int (a whole number between -2147483648 and 2147483647)";
        }
        try {
            int exact = number.intValueExact();
            return exact == number.intValue() ? null : "Expected an Int";
        } catch (ArithmeticException outOfRange) {
            return "An Int lies between -2147483648 and 2147483647; " + abbreviated(number.toPlainString()) + " does not";
        }
    }

    private static String checkDateTime(Object input) {
        String text = input instanceof StringValue literal ? literal.getValue() : input instanceof String s ? s : null;
        if (text == null) {
            return input instanceof Value<?> ? null : "Expected a DateTime: an RFC 3339 date and time with offset, e.g. 2024-09-01T12:00:00Z";
        }
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            BigInteger value = new BigInteger(year.group(1));
            if (value.compareTo(BigInteger.ONE) < 0 || value.compareTo(BigInteger.valueOf(9999)) > 0 || year.group(1).length() != 4) {
                return "A DateTime lies between the years 0001 and 9999; " + abbreviated(text) + " does not";
            }
        }
        return null;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The scalar's own coercion, after the rule, with messages that name the GraphQL type only. */
    private static final class Checked implements Coercing<Object, Object> {

        private final GraphQLScalarType scalar;
        @SuppressWarnings("rawtypes")
        private final Coercing delegate;
        private final Rule rule;

        Checked(GraphQLScalarType scalar, Rule rule) {
            this.scalar = scalar;
            this.delegate = scalar.getCoercing();
            this.rule = rule;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object serialize(Object result, GraphQLContext context, Locale locale) throws CoercingSerializeException {
            return delegate.serialize(result, context, locale);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            String problem = rule.problem(input);
            if (problem != null) {
                throw new CoercingParseValueException(problem);
            }
            try {
                return delegate.parseValue(input, context, locale);
            } catch (RuntimeException wrongKind) {
                throw new CoercingParseValueException(expected());
            }
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            String problem = rule.problem(input);
            if (problem != null) {
                throw new CoercingParseLiteralException(problem);
            }
            try {
                return delegate.parseLiteral(input, variables, context, locale);
            } catch (RuntimeException wrongKind) {
                throw new CoercingParseLiteralException(expected());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return delegate.valueToLiteral(input, context, locale);
        }

        private String expected() {
            return "Expected a value of type " + scalar.getName();
        }
    }
}

package dev.newsgraph.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;

class OperationShapeTest {

    @Test
    void countsFieldsAsExecutedWithFragmentsExpanded() {
        OperationShape shape = OperationShape.of(Parser.parse("""
                { a { b c } ...F ... on Query { d } }
                fragment F on Query { e { f { g } } }"""), 1000);
        assertEquals(7, shape.fields());
        assertEquals(3, shape.depth());
    }

    @Test
    void aFragmentBombIsCountedInLinearTimeAndStopsAtTheCeiling() {
        StringBuilder document = new StringBuilder("query { ...F60 }\nfragment F0 on Query { articles { totalCount } }\n");
        for (int i = 1; i <= 60; i++) {
            document.append("fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1).append(" }\n");
        }
        OperationShape shape = OperationShape.of(Parser.parse(document.toString()), 2001);
        assertEquals(2001, shape.fields());
        assertEquals(2, shape.depth());
    }

    @Test
    void introspectionDoesNotCountTowardsDepthButTowardsSize() {
        OperationShape shape = OperationShape.of(Parser.parse("{ __schema { types { fields { type { ofType { ofType { name } } } } } } a { b } }"), 1000);
        assertEquals(2, shape.depth());
        assertEquals(9, shape.fields());
    }

    @Test
    void cyclicAndUnknownSpreadsAreLeftToValidation() {
        OperationShape shape = OperationShape.of(Parser.parse("{ ...A ...Missing } fragment A on Query { a ...B } fragment B on Query { b ...A }"), 1000);
        assertEquals(2, shape.fields());
    }
}

package dev.newsgraph.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The public contract is the committed SDL: any change to the served schema fails here until
 * {@code gateway/schema.graphql} is updated in the same change, so every change gets reviewed.
 * Run with {@code -Dnewsgraph.schema.update=true} to rewrite the file from the served schema.
 */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class SchemaSnapshotTest {

    private static final Path COMMITTED = Path.of("schema.graphql");

    @Test
    void servedSchemaIsTheCommittedOne() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("newsgraph.schema.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "the served schema differs from gateway/schema.graphql; review the change and update the file");
    }
}

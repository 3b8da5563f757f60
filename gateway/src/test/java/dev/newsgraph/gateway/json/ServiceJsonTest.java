package dev.newsgraph.gateway.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;

import dev.newsgraph.commons.testing.TestJwt;
import dev.newsgraph.gateway.stubs.ServiceStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The REST clients' mapper reads instants with the gateway's own parser, not the general ISO one. */
@QuarkusTest
@WithTestResource(ServiceStubs.class)
@WithTestResource(TestJwt.class)
class ServiceJsonTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void instantsAreReadByUtcInstants() throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createDummyInstance(mapper.getDeserializationConfig());
        assertInstanceOf(ServiceJson.InstantText.class, context.findRootValueDeserializer(mapper.constructType(Instant.class)));
        assertEquals(Instant.parse("2024-09-05T10:00:00.25Z"), mapper.readValue("\"2024-09-05T10:00:00.25Z\"", Instant.class));
    }
}

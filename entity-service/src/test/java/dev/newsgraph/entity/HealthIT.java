package dev.newsgraph.entity;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The health, metrics and error-model checks against the packaged application. */
@QuarkusIntegrationTest
class HealthIT extends HealthTest {
}

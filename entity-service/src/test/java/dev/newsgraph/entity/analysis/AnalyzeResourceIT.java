package dev.newsgraph.entity.analysis;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Recognition over HTTP against the packaged application, with the model it carries. */
@QuarkusIntegrationTest
class AnalyzeResourceIT extends AnalyzeResourceTest {
}

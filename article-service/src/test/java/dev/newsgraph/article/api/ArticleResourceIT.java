package dev.newsgraph.article.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Ingest, read, update and delete over HTTP against the packaged application (jar, or native where built). */
@QuarkusIntegrationTest
class ArticleResourceIT extends ArticleResourceTest {
}

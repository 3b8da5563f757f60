package dev.newsgraph.gateway.stubs;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts both service stubs over one fresh {@link Newsroom} and points the gateway's REST clients at
 * them. Tests reach the stubs through the static accessors to count calls or switch a service off.
 */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    private static Newsroom newsroom;
    private static ArticleServiceStub articleService;
    private static EntityServiceStub entityService;

    @Override
    public synchronized Map<String, String> start() {
        newsroom = new Newsroom();
        articleService = new ArticleServiceStub(newsroom);
        entityService = new EntityServiceStub(newsroom);
        articleService.start();
        entityService.start();
        return Map.of(
                "quarkus.rest-client.article-service.url", articleService.url(),
                "quarkus.rest-client.entity-service.url", entityService.url());
    }

    @Override
    public synchronized void stop() {
        articleService.shutdown();
        entityService.shutdown();
    }

    public static ArticleServiceStub articleService() {
        return articleService;
    }

    public static EntityServiceStub entityService() {
        return entityService;
    }

    public static Newsroom newsroom() {
        return newsroom;
    }

    /** Both services up, fast, with zeroed counters, serving the initial newsroom. */
    public static void resetAll() {
        newsroom.reset();
        articleService.reset();
        entityService.reset();
    }
}

package dev.newsgraph.gateway.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.commons.testing.ServiceProcess;
import dev.newsgraph.commons.testing.TestJwt;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the real article and entity services from their packaged jars, each on a fresh database of
 * the real PostgreSQL, trusting the test run's JWT key, and points the gateway under test at them.
 */
public class RunningServices implements QuarkusTestResourceLifecycleManager {

    private final List<ServiceProcess> services = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> jwt = new TestJwt().start();
        try {
            Map<String, String> articleEnv = new HashMap<>(ServiceProcess.freshDatabase("newsgraph_e2e_article"));
            articleEnv.putAll(ServiceProcess.trusting(jwt));
            ServiceProcess article = started(ServiceProcess.launch("article-service", "article-service", articleEnv));

            Map<String, String> entityEnv = new HashMap<>(ServiceProcess.freshDatabase("newsgraph_e2e_entity"));
            entityEnv.putAll(ServiceProcess.trusting(jwt));
            entityEnv.put("QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", article.url());
            ServiceProcess entity = started(ServiceProcess.launch("entity-service", "entity-service", entityEnv));

            Map<String, String> gateway = new HashMap<>(jwt);
            gateway.put("quarkus.rest-client.article-service.url", article.url());
            gateway.put("quarkus.rest-client.entity-service.url", entity.url());
            return gateway;
        } catch (IOException | InterruptedException e) {
            stop();
            throw new IllegalStateException("could not start the services for the end-to-end test: " + e.getMessage(), e);
        }
    }

    private ServiceProcess started(ServiceProcess service) throws InterruptedException {
        services.add(service);
        return service.awaitReady();
    }

    @Override
    public void stop() {
        services.forEach(ServiceProcess::close);
        services.clear();
    }
}

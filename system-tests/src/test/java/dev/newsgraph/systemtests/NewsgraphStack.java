package dev.newsgraph.systemtests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.commons.testing.PostgresTestDatabase;
import dev.newsgraph.commons.testing.ServiceProcess;
import dev.newsgraph.commons.testing.TestJwt;

/**
 * The whole system as production runs it: the article service, one or more entity-service instances
 * and the gateway, each from its packaged jar in its own process, on real PostgreSQL databases, all
 * trusting the test run's JWT key. Tests stop, kill and restart the processes to inject faults.
 */
public final class NewsgraphStack implements AutoCloseable {

    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Database articleDb;
    private final Database entityDb;
    private ServiceProcess article;
    private final List<ServiceProcess> entities = new ArrayList<>();
    private ServiceProcess gateway;

    private NewsgraphStack(Database articleDb, Database entityDb) {
        this.articleDb = articleDb;
        this.entityDb = entityDb;
    }

    /** A stack on fresh databases {@code <name>_article} and {@code <name>_entity} of the shared PostgreSQL. */
    public static Builder onFreshDatabases(String name) {
        return new Builder(fresh(name + "_article"), fresh(name + "_entity"));
    }

    /** A stack on the given databases, for example on a PostgreSQL server the test controls. */
    public static Builder on(Database articleDb, Database entityDb) {
        return new Builder(articleDb, entityDb);
    }

    public ServiceProcess article() {
        return article;
    }

    /** The first entity-service instance. */
    public ServiceProcess entity() {
        return entities.get(0);
    }

    public List<ServiceProcess> entities() {
        return List.copyOf(entities);
    }

    public ServiceProcess gateway() {
        return gateway;
    }

    public Database articleDb() {
        return articleDb;
    }

    public Database entityDb() {
        return entityDb;
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }

    private static Database fresh(String name) {
        PostgresTestDatabase db = new PostgresTestDatabase();
        db.init(Map.of("database", name));
        return Database.of(db.start());
    }

    public static final class Builder {

        private final NewsgraphStack stack;
        private int entityInstances = 1;
        private boolean withGateway = true;
        private final Map<String, String> entityEnv = new HashMap<>();
        private final Map<String, String> articleEnv = new HashMap<>();
        private final Map<String, String> gatewayEnv = new HashMap<>();

        private Builder(Database articleDb, Database entityDb) {
            this.stack = new NewsgraphStack(articleDb, entityDb);
        }

        /** Runs {@code count} entity-service instances on the one entity database, started together. */
        public Builder entityInstances(int count) {
            this.entityInstances = count;
            return this;
        }

        /** Leaves the gateway out (then {@link NewsgraphStack#gateway()} is null), for faults behind it: one process less to start. */
        public Builder withoutGateway() {
            this.withGateway = false;
            return this;
        }

        /** Extra environment (configuration) for the article service. */
        public Builder articleEnv(String name, String value) {
            articleEnv.put(name, value);
            return this;
        }

        /** Extra environment (configuration) for every entity-service instance. */
        public Builder entityEnv(String name, String value) {
            entityEnv.put(name, value);
            return this;
        }

        /** Extra environment (configuration) for the gateway. */
        public Builder gatewayEnv(String name, String value) {
            gatewayEnv.put(name, value);
            return this;
        }

        /** Starts every service and waits until each answers its readiness check. */
        public NewsgraphStack start(String name) {
            Map<String, String> trust = ServiceProcess.trusting(new TestJwt().start());
            try {
                Map<String, String> article = new HashMap<>(stack.articleDb.serviceEnv());
                article.putAll(trust);
                article.putAll(articleEnv);
                stack.article = launch("article-service", name + "-article", article);
                stack.article.awaitReady();

                Map<String, String> entity = new HashMap<>(stack.entityDb.serviceEnv());
                entity.putAll(trust);
                entity.put("QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", stack.article.url());
                entity.putAll(entityEnv);
                for (int i = 0; i < entityInstances; i++) {
                    stack.entities.add(launch("entity-service", name + "-entity-" + (char) ('a' + i), entity));
                }
                for (ServiceProcess instance : stack.entities) {
                    instance.awaitReady();
                }

                if (withGateway) {
                    Map<String, String> gateway = new HashMap<>(trust);
                    gateway.put("QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", stack.article.url());
                    gateway.put("QUARKUS_REST_CLIENT_ENTITY_SERVICE_URL", stack.entity().url());
                    gateway.putAll(gatewayEnv);
                    stack.gateway = launch("gateway", name + "-gateway", gateway);
                    stack.gateway.awaitReady();
                }
                return stack;
            } catch (IOException | InterruptedException | RuntimeException e) {
                stack.close();
                throw new IllegalStateException("could not start the Newsgraph stack: " + e.getMessage(), e);
            }
        }

        private ServiceProcess launch(String module, String name, Map<String, String> env) throws IOException {
            ServiceProcess process = ServiceProcess.launch(module, name, env);
            stack.processes.add(process);
            return process;
        }
    }
}

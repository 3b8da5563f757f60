package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** What each overlay is for: dev small and self-contained, production native, replicated and autoscaled. */
class TopologyTest {

    /** Connections PostgreSQL keeps for itself and for the operator beside the services' pools. */
    private static final int RESERVED_CONNECTIONS = 10;
    /** Agroal's pool size when quarkus.datasource.jdbc.max-size is not set. */
    private static final int DEFAULT_POOL_SIZE = 20;

    @Test
    void devRunsOneJvmReplicaOfEachServiceAndAPlainPostgresPerDatabase() {
        Rendered dev = Kustomize.overlay("dev");
        Map<String, Integer> replicas = dev.ofKind("Deployment").collect(Collectors.toMap(
                Rendered::name, deployment -> deployment.path("spec").path("replicas").asInt(), (a, b) -> a, TreeMap::new));
        assertEquals(Map.of("article-service", 1, "entity-service", 1, "gateway", 1), replicas);
        assertEquals(Set.of(), flavours(dev, true), "dev runs the JVM images");
        for (String database : List.of("article-db", "entity-db")) {
            JsonNode statefulSet = dev.get("StatefulSet", database);
            assertEquals(1, statefulSet.path("spec").path("replicas").asInt());
            assertEquals("data", statefulSet.path("spec").path("volumeClaimTemplates").path(0).path("metadata")
                    .path("name").asText(), database + " keeps its data in a PersistentVolumeClaim");
            assertTrue(WorkloadRulesTest.containers(statefulSet).get(0).path("volumeMounts").findValues("name").stream()
                    .anyMatch(name -> name.asText().equals("data")), database + " mounts its claim");
        }
        assertEquals(0, dev.ofKind("Cluster").count() + dev.ofKind("HorizontalPodAutoscaler").count()
                + dev.ofKind("PodDisruptionBudget").count(), "dev needs no operator, autoscaler or budget");
    }

    @Test
    void productionRunsTheGatewayAndTheArticleServiceNativeAndTheEntityServiceOnTheJvm() {
        assertEquals(Set.of("gateway", "article-service"), flavours(Kustomize.overlay("production"), true));
        assertEquals(Set.of("entity-service"), flavours(Kustomize.overlay("production"), false));
    }

    @Test
    void productionGivesEachServiceDatabaseAThreeInstanceCloudNativePgCluster() {
        Rendered production = Kustomize.overlay("production");
        Map<String, Integer> instances = production.ofKind("Cluster").collect(Collectors.toMap(
                Rendered::name, cluster -> cluster.path("spec").path("instances").asInt()));
        assertEquals(Map.of("article-db", 3, "entity-db", 3), instances);
        assertEquals(0, production.ofKind("StatefulSet").count(), "no hand-made PostgreSQL in production");
    }

    @Test
    void productionAutoscalesTheGatewayAndTheEntityService() {
        Rendered production = Kustomize.overlay("production");
        Map<String, JsonNode> autoscalers = production.ofKind("HorizontalPodAutoscaler").collect(Collectors.toMap(
                autoscaler -> autoscaler.path("spec").path("scaleTargetRef").path("name").asText(), autoscaler -> autoscaler));
        assertEquals(Set.of("gateway", "entity-service"), autoscalers.keySet());
        autoscalers.forEach((target, autoscaler) -> {
            JsonNode deployment = production.get("Deployment", target);
            assertEquals("Deployment", autoscaler.path("spec").path("scaleTargetRef").path("kind").asText());
            assertTrue(autoscaler.path("spec").path("minReplicas").asInt() >= 2, target + " keeps two pods at least");
            assertTrue(autoscaler.path("spec").path("maxReplicas").asInt() > autoscaler.path("spec").path("minReplicas").asInt());
            // a fixed count in the Deployment would fight the autoscaler on every apply
            assertTrue(deployment.path("spec").path("replicas").isMissingNode(), target + " leaves replicas to its autoscaler");
            // utilisation targets are relative to the CPU request
            assertTrue(WorkloadRulesTest.containers(deployment).get(0).path("resources").path("requests").has("cpu"));
        });
    }

    @Test
    void productionBudgetsDisruptionsForEveryServiceWithoutBlockingDrains() {
        Rendered production = Kustomize.overlay("production");
        List<String> problems = new ArrayList<>();
        production.ofKind("Deployment").forEach(deployment -> {
            String name = Rendered.name(deployment);
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            List<JsonNode> budgets = production.ofKind("PodDisruptionBudget")
                    .filter(budget -> budget.path("spec").path("selector").path("matchLabels").properties().stream()
                            .allMatch(label -> label.getValue().asText().equals(labels.path(label.getKey()).asText())))
                    .toList();
            if (budgets.size() != 1) {
                problems.add(name + ": " + budgets.size() + " disruption budgets select it, not one");
                return;
            }
            int minAvailable = budgets.get(0).path("spec").path("minAvailable").asInt();
            if (minAvailable < 1 || minAvailable >= minimumReplicas(production, deployment)) {
                problems.add(name + ": minAvailable " + minAvailable + " must keep one pod up and still let a node drain");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void productionSpreadsEachServiceOverTheNodes() {
        Rendered production = Kustomize.overlay("production");
        List<String> problems = new ArrayList<>();
        production.ofKind("Deployment").forEach(deployment -> {
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            boolean spread = WorkloadRulesTest.podSpec(deployment).path("topologySpreadConstraints").findParents("topologyKey")
                    .stream()
                    .filter(constraint -> "kubernetes.io/hostname".equals(constraint.path("topologyKey").asText()))
                    .filter(constraint -> constraint.path("labelSelector").path("matchLabels").properties().stream()
                            .allMatch(label -> label.getValue().asText().equals(labels.path(label.getKey()).asText())))
                    .anyMatch(constraint -> WorkloadRulesTest.texts(constraint.path("matchLabelKeys"))
                            .contains("app.kubernetes.io/name"));
            if (!spread) {
                problems.add(Rendered.name(deployment) + ": its pods are not spread per service over the nodes");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void productionDatabasesAcceptEveryPooledConnectionAtFullScale() {
        Rendered production = Kustomize.overlay("production");
        List<String> problems = new ArrayList<>();
        for (String service : List.of("article-service", "entity-service")) {
            JsonNode deployment = production.get("Deployment", service);
            String cluster = service.replace("-service", "-db");
            int maxConnections = Integer.parseInt(production.get("Cluster", cluster).path("spec").path("postgresql")
                    .path("parameters").path("max_connections").asText("100"));
            // during a rollout, maxSurge extra pods hold pools next to the old ones
            int pods = maximumReplicas(production, deployment)
                    + deployment.path("spec").path("strategy").path("rollingUpdate").path("maxSurge").asInt(1);
            int needed = pods * poolSize(production, deployment) + RESERVED_CONNECTIONS;
            if (needed > maxConnections) {
                problems.add(cluster + ": max_connections " + maxConnections + " < " + needed + " needed by " + pods
                        + " pods of " + service);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> flavours(Rendered rendered, boolean nativeImages) {
        return rendered.ofKind("Deployment")
                .filter(deployment -> WorkloadRulesTest.isNative(WorkloadRulesTest.containers(deployment).get(0)) == nativeImages)
                .map(Rendered::name)
                .collect(Collectors.toSet());
    }

    private static int minimumReplicas(Rendered rendered, JsonNode deployment) {
        return autoscalerOf(rendered, deployment)
                .map(autoscaler -> autoscaler.path("spec").path("minReplicas").asInt(1))
                .orElse(deployment.path("spec").path("replicas").asInt(1));
    }

    private static int maximumReplicas(Rendered rendered, JsonNode deployment) {
        return autoscalerOf(rendered, deployment)
                .map(autoscaler -> autoscaler.path("spec").path("maxReplicas").asInt())
                .orElse(deployment.path("spec").path("replicas").asInt(1));
    }

    private static java.util.Optional<JsonNode> autoscalerOf(Rendered rendered, JsonNode deployment) {
        return rendered.ofKind("HorizontalPodAutoscaler")
                .filter(autoscaler -> autoscaler.path("spec").path("scaleTargetRef").path("name").asText()
                        .equals(Rendered.name(deployment)))
                .findFirst();
    }

    private static int poolSize(Rendered rendered, JsonNode deployment) {
        String configured = PodEnvironment.of(rendered, deployment).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
        if (configured == null) {
            configured = ServiceModules.applicationProperties(Rendered.name(deployment))
                    .getProperty("quarkus.datasource.jdbc.max-size", String.valueOf(DEFAULT_POOL_SIZE));
        }
        return Integer.parseInt(configured.strip());
    }
}

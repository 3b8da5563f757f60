package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Each service gets the settings it needs, pointing at things the overlay really runs; no secret is committed. */
class ConfigurationTest {

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "article-service", List.of("NEWSGRAPH_JWT_PUBLIC_KEY", "QUARKUS_DATASOURCE_JDBC_URL",
                    "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"),
            "entity-service", List.of("NEWSGRAPH_JWT_PUBLIC_KEY", "QUARKUS_DATASOURCE_JDBC_URL",
                    "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                    "QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL"),
            "gateway", List.of("NEWSGRAPH_JWT_PUBLIC_KEY", "QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL",
                    "QUARKUS_REST_CLIENT_ENTITY_SERVICE_URL"));

    private static final Path README = Kustomize.DEPLOY_DIR.resolve("README.md");

    static List<String> overlays() {
        return Kustomize.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceGetsTheSettingsItNeeds(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        List<String> problems = new ArrayList<>();
        REQUIRED.forEach((service, variables) -> {
            Map<String, String> env = PodEnvironment.of(rendered, rendered.get("Deployment", service));
            variables.stream().filter(variable -> env.getOrDefault(variable, "").isBlank())
                    .forEach(variable -> problems.add(service + ": " + variable + " is not set"));
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void restClientsPointAtTheServicesThatRunTheirTargets(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        List<String> problems = new ArrayList<>();
        rendered.ofKind("Deployment").forEach(deployment -> PodEnvironment.of(rendered, deployment).forEach((key, value) -> {
            if (key.startsWith("QUARKUS_REST_CLIENT_") && key.endsWith("_URL")) {
                String target = key.substring("QUARKUS_REST_CLIENT_".length(), key.length() - "_URL".length())
                        .toLowerCase().replace('_', '-');
                URI url = URI.create(value);
                String problem = serviceProblem(rendered, url.getHost(), url.getPort(),
                        rendered.get("Deployment", target).path("spec").path("template"));
                if (problem != null) {
                    problems.add(Rendered.name(deployment) + ": " + key + "=" + value + ": " + problem);
                }
            }
        }));
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceUsesItsOwnDatabaseWithTheDatabasesCredentials(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        List<String> problems = new ArrayList<>();
        for (String service : List.of("article-service", "entity-service")) {
            Map<String, String> env = PodEnvironment.of(rendered, rendered.get("Deployment", service));
            URI jdbc = URI.create(env.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
            String database = jdbc.getPath().substring(1);
            String ownDatabase = URI.create(ServiceModules.applicationProperties(service)
                    .getProperty("quarkus.datasource.jdbc.url").substring("jdbc:".length())).getPath().substring(1);
            if (!database.equals(ownDatabase)) {
                problems.add(service + ": uses database " + database + ", but owns " + ownDatabase);
            }
            String cluster = service.replace("-service", "-db");
            String credentials = "secret:" + cluster + "-app/";
            if (!env.get("QUARKUS_DATASOURCE_USERNAME").equals(credentials + "username")
                    || !env.get("QUARKUS_DATASOURCE_PASSWORD").equals(credentials + "password")) {
                problems.add(service + ": credentials do not come from the Secret " + cluster + "-app");
            }
            JsonNode operated = rendered.find("Cluster", cluster).orElse(null);
            if (operated != null) {
                // CloudNativePG: the -rw Service follows the primary; the -app Secret belongs to the owner
                JsonNode initdb = operated.path("spec").path("bootstrap").path("initdb");
                if (!jdbc.getHost().equals(cluster + "-rw") || jdbc.getPort() != 5432) {
                    problems.add(service + ": connects to " + jdbc.getHost() + ":" + jdbc.getPort() + ", not "
                            + cluster + "-rw:5432");
                }
                if (!database.equals(initdb.path("database").asText()) || initdb.path("owner").asText().isEmpty()) {
                    problems.add(service + ": cluster " + cluster + " does not create " + database + " with an owner");
                }
            } else {
                JsonNode statefulSet = rendered.get("StatefulSet", cluster);
                String problem = serviceProblem(rendered, jdbc.getHost(), jdbc.getPort(), statefulSet.path("spec").path("template"));
                Map<String, String> dbEnv = PodEnvironment.of(rendered, statefulSet);
                if (problem != null) {
                    problems.add(service + ": " + problem);
                }
                if (!database.equals(dbEnv.get("POSTGRES_DB"))
                        || !dbEnv.get("POSTGRES_USER").equals(credentials + "username")
                        || !dbEnv.get("POSTGRES_PASSWORD").equals(credentials + "password")) {
                    problems.add(service + ": " + cluster + " does not create " + database + " with the Secret's credentials");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theJwtPublicKeyIsAMountedFile(String overlay) {
        Rendered rendered = Kustomize.overlay(overlay);
        List<String> problems = new ArrayList<>();
        rendered.ofKind("Deployment").forEach(deployment -> {
            String location = PodEnvironment.of(rendered, deployment).getOrDefault("NEWSGRAPH_JWT_PUBLIC_KEY", "");
            if (!location.startsWith("file:/")) {
                problems.add(Rendered.name(deployment) + ": NEWSGRAPH_JWT_PUBLIC_KEY is not a file: location");
                return;
            }
            Path file = Path.of(location.substring("file:".length()));
            if (!mountsFile(deployment, file)) {
                problems.add(Rendered.name(deployment) + ": nothing mounts " + file);
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noSecretIsCommittedAndEveryNeededOneIsCreatedByTheOperatorOrTheReadme(String overlay) throws IOException {
        Rendered rendered = Kustomize.overlay(overlay);
        assertEquals(List.of(), rendered.ofKind("Secret").map(Rendered::name).toList(), "Secrets are created, not committed");
        String readme = Files.readString(README);
        Set<String> unexplained = new TreeSet<>();
        for (String secret : referencedSecrets(rendered)) {
            boolean operatorMade = secret.endsWith("-app")
                    && rendered.find("Cluster", secret.substring(0, secret.length() - "-app".length())).isPresent();
            boolean documented = Pattern.compile("kubectl -n newsgraph create secret (generic|tls) " + Pattern.quote(secret) + "(\\s|$)",
                    Pattern.MULTILINE).matcher(readme).find();
            if (!operatorMade && !documented) {
                unexplained.add(secret);
            }
        }
        assertEquals(Set.of(), unexplained, "Secrets neither made by CloudNativePG nor created by a README command");
    }

    @Test
    void noManifestDeclaresASecret() throws IOException {
        try (Stream<Path> files = Files.walk(Kustomize.DEPLOY_DIR.resolve("kubernetes"))) {
            List<Path> declaring = files.filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            return Files.readString(file).lines().anyMatch(line -> line.strip().equals("kind: Secret"));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertEquals(List.of(), declaring);
        }
        assertTrue(Files.exists(README), "deploy/README.md explains how the Secrets are made");
    }

    /** Null when a Service named host exposes port and selects the pods of the template; else what is wrong. */
    private static String serviceProblem(Rendered rendered, String host, int port, JsonNode podTemplate) {
        JsonNode service = rendered.find("Service", host).orElse(null);
        if (service == null) {
            return "no Service " + host;
        }
        boolean exposesPort = service.path("spec").path("ports").findValues("port").stream()
                .anyMatch(exposed -> exposed.asInt() == port);
        if (!exposesPort) {
            return "Service " + host + " has no port " + port;
        }
        JsonNode labels = podTemplate.path("metadata").path("labels");
        boolean selects = service.path("spec").path("selector").properties().stream()
                .allMatch(entry -> entry.getValue().asText().equals(labels.path(entry.getKey()).asText()));
        return selects ? null : "Service " + host + " does not select the target's pods";
    }

    private static boolean mountsFile(JsonNode deployment, Path file) {
        JsonNode pod = WorkloadRulesTest.podSpec(deployment);
        JsonNode container = WorkloadRulesTest.containers(deployment).get(0);
        for (JsonNode mount : container.path("volumeMounts")) {
            Path mountPath = Path.of(mount.path("mountPath").asText());
            if (!file.startsWith(mountPath) || file.equals(mountPath)) {
                continue;
            }
            String inside = mountPath.relativize(file).toString();
            for (JsonNode volume : pod.path("volumes")) {
                if (!volume.path("name").asText().equals(mount.path("name").asText())) {
                    continue;
                }
                JsonNode source = volume.has("secret") ? volume.path("secret") : volume.path("configMap");
                JsonNode items = source.path("items");
                if (!source.isMissingNode() && (items.isMissingNode()
                        || items.findValues("path").stream().anyMatch(path -> path.asText().equals(inside)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> referencedSecrets(Rendered rendered) {
        Set<String> names = new TreeSet<>();
        for (JsonNode object : rendered.objects()) {
            object.findValues("secretKeyRef").forEach(ref -> names.add(ref.path("name").asText()));
            object.findValues("secret").stream().filter(secret -> secret.has("secretName"))
                    .forEach(secret -> names.add(secret.path("secretName").asText()));
            object.findValues("tls").forEach(tls -> tls.findValues("secretName")
                    .forEach(name -> names.add(name.asText())));
        }
        return names;
    }
}

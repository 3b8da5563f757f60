package dev.newsgraph.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Maven modules that are built into images: those with a src/main/docker/Dockerfile.jvm. */
final class ServiceModules {

    static final Path ROOT = Kustomize.DEPLOY_DIR.resolve("..").normalize();
    static final String VERSION = System.getProperty("newsgraph.version");

    private static final Pattern ARTIFACT_ID = Pattern.compile(
            "</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);

    private ServiceModules() {
    }

    /** The artifactIds of the image-building modules; the images are named newsgraph/&lt;artifactId&gt;. */
    static List<String> artifactIds() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.filter(module -> Files.exists(module.resolve("src/main/docker/Dockerfile.jvm")))
                    .map(ServiceModules::artifactId)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean hasNativeDockerfile(String artifactId) {
        return Files.exists(ROOT.resolve(artifactId).resolve("src/main/docker/Dockerfile.native-micro"));
    }

    /** The service's application.properties, for the settings the manifests must agree with. */
    static Properties applicationProperties(String artifactId) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve(artifactId).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String artifactId(Path module) {
        try {
            Matcher matcher = ARTIFACT_ID.matcher(Files.readString(module.resolve("pom.xml")));
            if (!matcher.find()) {
                throw new IllegalStateException("no artifactId in " + module.resolve("pom.xml"));
            }
            if (!matcher.group(1).equals(module.getFileName().toString())) {
                throw new IllegalStateException(module + " builds " + matcher.group(1) + ", not its directory's name");
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.newsgraph.gateway.trusted;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Trusted documents mode: only operations registered ahead of time run. */
@ConfigMapping(prefix = "newsgraph.gateway.trusted-documents")
public interface TrustedDocumentsConfig {

    /** Whether only registered operations are executed. */
    @WithDefault("false")
    boolean enabled();

    /**
     * The registered operations: an Apollo persisted query manifest
     * ({@code {"operations":[{"id","name","type","body"}]}}); each body is registered under its SHA-256.
     */
    Optional<Path> manifest();
}

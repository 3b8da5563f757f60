package dev.newsgraph.gateway.observability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of the per-operation metrics. */
@ConfigMapping(prefix = "newsgraph.gateway.metrics")
public interface OperationMetricsConfig {

    /** Distinct operation names measured on their own; later ones are counted as {@code other}. */
    @WithDefault("300")
    int maxOperationNames();
}

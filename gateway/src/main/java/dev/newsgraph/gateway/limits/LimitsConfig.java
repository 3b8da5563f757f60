package dev.newsgraph.gateway.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request limits checked before a query runs. Depth and complexity are SmallRye GraphQL's own
 * settings ({@code quarkus.smallrye-graphql.instrumentation-query-depth} and {@code -complexity}).
 */
@ConfigMapping(prefix = "newsgraph.gateway.limits")
public interface LimitsConfig {

    /** Most aliased fields one document may hold (aliases multiply work without adding depth). */
    @WithDefault("30")
    int maxAliases();

    /** Most characters of a query document. */
    @WithDefault("20000")
    int maxQueryLength();

    /** Most fields of an operation once its fragments are expanded. */
    @WithDefault("2000")
    int maxFields();

    /** Most objects an operation may return, lists counted at their page size ({@link QueryCost}). */
    @WithDefault("100000")
    long maxCost();

    /** Cost points each client (by address) may spend per minute, up to one minute's worth at once. */
    @WithDefault("600000")
    long costPerClientPerMinute();

    /** Cost points a request refused before it ran takes from its client's budget (reading and checking it cost the gateway). */
    @WithDefault("1000")
    long refusedRequestCost();

    /** Most bytes of a request body. */
    @WithDefault("65536")
    int maxRequestBytes();
}

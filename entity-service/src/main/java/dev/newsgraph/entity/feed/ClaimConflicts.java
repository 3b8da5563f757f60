package dev.newsgraph.entity.feed;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Counts where analysis jobs did not go straight from claim to stored result
 * ({@code newsgraph_analysis_claim_conflicts_total{kind}}). Claiming itself never waits nor fails
 * ({@code SKIP LOCKED} passes over rows another replica is claiming), so these are its conflicts:
 * <ul>
 * <li>{@code lease_expired}: a job claimed again after an earlier claim's lease ran out (its replica
 * died, stalled, or analysed for longer than the lease): that article is analysed twice;</li>
 * <li>{@code claim_lost}: a result thrown away because the job's claim had been taken over meanwhile,
 * the other side of {@code lease_expired};</li>
 * <li>{@code released}: claimed jobs given back unanalysed (the article service did not answer, the
 * analysis pool was full, a task ended abnormally), to be claimed again;</li>
 * <li>{@code store_retried}: a store deadlocked against a concurrent analysis sharing entities and ran again.</li>
 * </ul>
 * Every kind is registered at start at 0, so a rate can be taken before the first conflict.
 */
@Startup
@Singleton
public class ClaimConflicts {

    static final String NAME = "newsgraph.analysis.claim.conflicts";

    private final Counter leaseExpired;
    private final Counter claimLost;
    private final Counter released;
    private final Counter storeRetried;

    ClaimConflicts(MeterRegistry registry) {
        leaseExpired = counter(registry, "lease_expired");
        claimLost = counter(registry, "claim_lost");
        released = counter(registry, "released");
        storeRetried = counter(registry, "store_retried");
    }

    private static Counter counter(MeterRegistry registry, String kind) {
        return Counter.builder(NAME).description("Analysis jobs whose claim met another replica's, was given back or whose store ran again")
                .tag("kind", kind).register(registry);
    }

    void leaseExpired(int jobs) {
        leaseExpired.increment(jobs);
    }

    void claimLost() {
        claimLost.increment();
    }

    void released(int jobs) {
        released.increment(jobs);
    }

    void storeRetried() {
        storeRetried.increment();
    }
}

package org.claimledger.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether this instance serves comparisons from its cache (listening for changes) or computes every
 * one (bypassed). Always up: a bypassed cache costs speed, never correctness, so it keeps no instance
 * out of a load balancer.
 */
@Readiness
@ApplicationScoped
class ComparisonCacheHealth implements HealthCheck {
    private final ComparisonCache cache;

    ComparisonCacheHealth(ComparisonCache cache) {
        this.cache = cache;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("comparison-cache").up()
                .withData("listening", cache.isListening())
                .withData("entries", cache.size())
                .withData("estimatedBytes", cache.weight())
                .withData("hits", cache.counts().hits())
                .withData("misses", cache.counts().misses())
                .withData("bypassed", cache.counts().bypassed())
                .build();
    }
}

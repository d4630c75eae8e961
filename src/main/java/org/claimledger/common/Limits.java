package org.claimledger.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits a client can run into; each answered with a problem+json 400 or 413. */
@ConfigMapping(prefix = "claimledger.limits")
public interface Limits {
    /** Items per page when {@code limit} is not given. */
    @WithDefault("50")
    int defaultPageSize();

    /** The largest {@code limit} accepted. */
    @WithDefault("1000")
    int maxPageSize();

    /** The largest request body outside imports. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** The largest import body (the HTTP server's own ceiling, quarkus.http.limits.max-body-size, is above it). */
    @WithDefault("1G")
    MemorySize maxImportBodySize();

    /** The most claims one import may carry. */
    @WithDefault("2000000")
    int maxImportClaims();

    default int pageSize(Integer requested) {
        if (requested == null) {
            return defaultPageSize();
        }
        if (requested < 1 || requested > maxPageSize()) {
            throw InvalidInput.of("limit", "must be between 1 and " + maxPageSize());
        }
        return requested;
    }
}

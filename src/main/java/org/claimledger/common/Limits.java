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

    /**
     * The largest {@code limit} of GET /api/v1/allegations: an allegation carries every voice of its incident,
     * so a page of them weighs many claims' worth (about 3.4 KB each against 1.3 KB per claim).
     */
    @WithDefault("100")
    int maxAllegationPageSize();

    /** The largest request body outside imports. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** The largest import body (the HTTP server's own ceiling, quarkus.http.limits.max-body-size, is above it). */
    @WithDefault("1G")
    MemorySize maxImportBodySize();

    /** The most claims one import may carry. */
    @WithDefault("2000000")
    int maxImportClaims();

    /** The longest row of a CSV import (all its cells, quotes included); a longer one is refused while it is read. */
    @WithDefault("1M")
    MemorySize maxCsvRowSize();

    /** The longest search text ({@code q}) in characters. */
    @WithDefault("200")
    int maxQueryLength();

    /** The most words and operators a search text may hold: each is a lookup in the text index. */
    @WithDefault("12")
    int maxQueryTerms();

    /** How long one statement of a read (GET, HEAD) may run; 503 with Retry-After beyond. Writes are not bounded. */
    @WithDefault("2s")
    java.time.Duration readStatementTimeout();

    default int pageSize(Integer requested) {
        return pageSize(requested, maxPageSize());
    }

    default int allegationPageSize(Integer requested) {
        return pageSize(requested, maxAllegationPageSize());
    }

    private int pageSize(Integer requested, int max) {
        if (requested == null) {
            return Math.min(defaultPageSize(), max);
        }
        if (requested < 1 || requested > max) {
            throw InvalidInput.of("limit", "must be between 1 and " + max);
        }
        return requested;
    }
}

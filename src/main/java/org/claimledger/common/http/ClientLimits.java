package org.claimledger.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one client may ask of the service at once and per second, and how many downloads run at once in
 * all (defaults sized for a 2-core machine). A client is its IP address (an IPv6 client its /64), as
 * the HTTP server sees it: behind a reverse proxy, enable quarkus.http.proxy.* so that it is the
 * address the proxy forwards, from the proxies listed as trusted only.
 */
@ConfigMapping(prefix = "claimledger.limits.clients")
public interface ClientLimits {
    /** Off, no client limit applies (the statement timeout and the download pool still do). */
    @WithDefault("true")
    boolean enabled();

    /** Requests per second one client may send, on average. */
    @WithDefault("20")
    int requestsPerSecond();

    /** Requests one client may send in a burst above that rate. */
    @WithDefault("60")
    int burst();

    /** Requests of one client in progress at once (a browser opens 6 connections to a site). */
    @WithDefault("8")
    int concurrent();

    /** Downloads (claims.csv, claims.jsonld, dataset) of one client in progress at once. */
    @WithDefault("2")
    int downloads();

    /**
     * Downloads of all clients in progress at once. Each holds a worker thread while its reader is slow,
     * and until its reader's buffers are full it is busy on a core and a connection, page after page; the
     * dataset also holds one of the export pool's 4 connections for its whole length.
     */
    @WithDefault("4")
    int downloadsTotal();

    /** Clients remembered at once; past that, the newest share one allowance until idle ones are forgotten. */
    @WithDefault("100000")
    int tracked();
}

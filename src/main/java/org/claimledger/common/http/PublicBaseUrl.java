package org.claimledger.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;
import java.util.Optional;

/**
 * The URL the service is reached at, for the absolute links it writes (Location, JSON-LD @id):
 * claimledger.public-base-url when set, so a client's Host header cannot put another site's address
 * into them; otherwise the request's own.
 */
public class PublicBaseUrl {
    static final String SETTING = "claimledger.public-base-url";

    /** The configured base URL without a trailing slash, if any. */
    public static Optional<String> configured() {
        return ConfigProvider.getConfig().getOptionalValue(SETTING, String.class)
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /** The base URL for links in this answer, without a trailing slash. */
    public static String of(UriInfo uri) {
        return configured().orElseGet(() -> {
            String base = uri.getBaseUri().toString();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        });
    }

    @ServerResponseFilter
    public void location(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        Optional<String> base = configured();
        if (location == null || base.isEmpty()) {
            return;
        }
        URI uri = URI.create(location.toString());
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        response.getHeaders().putSingle(HttpHeaders.LOCATION, base.get() + path);
    }
}

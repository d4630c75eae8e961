package org.claimledger.trust;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The service as a newsroom runs it on the internet: client limits on at their defaults, a public base
 * URL, and a database of its own (a profile restarts the service on a clean schema).
 */
public class PublicDeployment implements QuarkusTestProfile {
    static final String BASE_URL = "https://claims.example.org";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("claimledger.limits.clients.enabled", "true",
                "claimledger.public-base-url", BASE_URL,
                "claimledger.comparison.refresh-every", "off");
    }
}

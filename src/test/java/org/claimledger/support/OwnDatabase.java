package org.claimledger.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The test profile of tests that bulk-load or change more than their own rows: the application restarts
 * against a database of its own ({@code claimledger_test_owndatabase}, see {@link EmbeddedPostgresResource}),
 * made empty at that start, with the bundled dataset loaded and without background refreshes of measure
 * summaries. Every profile costs a restart, so such tests share this one; none may rely on another's rows.
 */
public class OwnDatabase implements QuarkusTestProfile {
    public static final String NAME = "claimledger_test_owndatabase";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("claimledger.comparison.refresh-every", "off");
    }
}

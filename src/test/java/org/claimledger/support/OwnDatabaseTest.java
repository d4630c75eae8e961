package org.claimledger.support;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.unique;

/** A test profile's application runs against a database of its own, with credentials made in it. */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class OwnDatabaseTest {

    @Test
    void runsAgainstADatabaseOfItsOwnWithTheBundledDataset() {
        assertThat(Db.count("pg_database WHERE datname = current_database() AND datname = '" + OwnDatabase.NAME + "'"))
                .isEqualTo(1);
        assertThat(Db.count("claim WHERE external_key LIKE 'karabakh-2020/%'")).isGreaterThanOrEqualTo(150);
    }

    /**
     * The suite runs the shared profile's tests first, with an editor token that only the shared database
     * holds; after the restart Api.editor() must use one this database holds.
     */
    @Test
    void theEditorTokenIsOneThisDatabaseHolds() {
        String token = Api.editorToken();
        assertThat(Db.count("api_token WHERE role = 'editor' AND revoked_at IS NULL"
                + " AND token_hash = sha256(convert_to('" + token.replace("'", "''") + "', 'UTF8'))")).isEqualTo(1);
        String side = createParty(unique("own-side"), null);
        createClaim(claim(createSource(unique("own-src"), "media", side), side, 7));
    }
}

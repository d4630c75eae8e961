package org.claimledger.trust;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/** With claimledger.public-base-url set, a client's Host header reaches no link the service writes. */
@QuarkusTest
@TestProfile(PublicDeployment.class)
class PublicBaseUrlTest {

    @Test
    void locationAndJsonLdIdsUseTheConfiguredBaseWhateverTheHostHeader() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("src"), "media", side);
        String location = editor().header("Host", "evil.example").body(claim(source, side, 5))
                .post("/api/v1/claims").then().statusCode(201).extract().header("Location");
        assertThat(location).startsWith(PublicDeployment.BASE_URL + "/api/v1/claims/");

        List<String> ids = anonymous().header("Host", "evil.example").accept("application/ld+json")
                .queryParam("source", source).get("/api/v1/claims.jsonld").then().statusCode(200)
                .extract().jsonPath().getList("'@graph'.'@id'");
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith(PublicDeployment.BASE_URL + "/api/v1/"));
    }
}

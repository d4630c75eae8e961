package org.claimledger.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.admin;
import static org.claimledger.support.Api.newToken;
import static org.claimledger.support.Api.unique;

@QuarkusTest
class TokenResourceTest {

    @Test
    void listsTokensAsPagesWithoutTheirSecrets() {
        String first = unique("desk");
        String second = unique("desk");
        newToken(first, "editor");
        newToken(second, "editor");

        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            var request = admin().queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/tokens").then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSize(1);
            assertThat(page.getString("items[0].token")).isNull();
            names.add(page.getString("items[0].name"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(names).containsSubsequence(first, second).doesNotHaveDuplicates();
    }
}

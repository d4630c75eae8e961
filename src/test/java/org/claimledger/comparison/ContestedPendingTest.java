package org.claimledger.comparison;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.claimledger.support.Api;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;

/**
 * The contested list says when its ranking is behind the claims (after a large import it is, for
 * minutes): {@code pending} counts the measures whose claims changed since they were ranked, and the
 * home page says the list is not complete. Here nothing ranks measures but the test, so the ranking
 * stays behind until it does.
 */
@QuarkusTest
@TestProfile(ContestedPendingTest.RankedOnlyByHand.class)
@SuppressWarnings("unchecked")
class ContestedPendingTest {

    /** No background refresh and none before a read: as if more measures changed than a read recomputes. */
    public static class RankedOnlyByHand implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimledger.comparison.refresh-every", "off", "claimledger.comparison.refresh-inline", "0");
        }
    }

    @Inject
    MeasureSummaries summaries;

    @Test
    void aMeasureWhoseClaimsChangedIsPendingAndUnrankedUntilItIsRankedAgain() {
        summaries.refresh(Integer.MAX_VALUE, false);
        assertThat(page().getLong("pending")).as("every measure of the bundled dataset ranked").isZero();
        assertThat(notice()).isNull();

        String subject = Api.createParty(Api.unique("subject"), null);
        String low = Api.createSource(Api.unique("low"), "monitor", null);
        String high = Api.createSource(Api.unique("high"), "monitor", null);
        Api.createClaim(Api.claim(low, subject, 100));
        Api.createClaim(Api.claim(high, subject, 500));
        String link = "/api/v1/comparisons?subject=" + subject + "&population=military&metric=killed";

        JsonPath behind = page();
        assertThat(behind.getLong("pending")).isPositive().isEqualTo(summaries.staleCount());
        assertThat(behind.getList("items", Map.class)).extracting(i -> i.get("comparison")).doesNotContain(link);
        anonymous().urlEncodingEnabled(false).get(link).then().statusCode(200)
                .body("verdict", equalTo("conflicting"));
        assertThat(notice()).isNotNull();
        assertThat(notice().text()).startsWith("Not complete yet: " + behind.getLong("pending") + " of the measures");

        summaries.refresh(Integer.MAX_VALUE, false);
        JsonPath ranked = pageOnceNothingIsPending(Duration.ofSeconds(10));
        Map<String, Object> item = ranked.getList("items", Map.class).stream().filter(i -> link.equals(i.get("comparison")))
                .findFirst().orElseThrow(() -> new AssertionError(link + " is not ranked once nothing is pending"));
        assertThat(item.get("verdict")).isEqualTo("conflicting");
        assertThat((List<Object>) item.get("sources")).containsExactlyInAnyOrder(low, high);
        assertThat(notice()).isNull();
    }

    /** The first page, large enough for every measure in dispute here. */
    private static JsonPath page() {
        return anonymous().queryParam("limit", 100).get("/api/v1/comparisons/contested").then().statusCode(200)
                .extract().jsonPath();
    }

    /**
     * A kept page is dropped when the database announces the ranking's change, a moment after the
     * refresh commits (within the cache's 5 s at most).
     */
    private static JsonPath pageOnceNothingIsPending(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonPath page = page();
        while (page.getLong("pending") > 0 && System.nanoTime() < deadline) {
            sleep(50);
            page = page();
        }
        assertThat(page.getLong("pending")).as("pending after the refresh").isZero();
        return page;
    }

    private static Element notice() {
        return Jsoup.parse(RestAssured.given().accept("text/html").get("/").then().statusCode(200).extract().asString())
                .selectFirst("#contested .notice");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.claimledger.comparison;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.claimledger.support.Api;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/**
 * Comparisons are served from this instance's cache, and a write acknowledged by this instance is in
 * the very next read: the cache is emptied before the write is answered, not when the database's
 * announcement of it arrives a moment later.
 */
@QuarkusTest
class CachedComparisonTest {
    @Inject
    ComparisonCache cache;

    private static double figure(String subject) {
        return anonymous().queryParam("subject", subject).queryParam("population", "military")
                .queryParam("metric", "killed").get("/api/v1/comparisons").then().statusCode(200)
                .extract().jsonPath().getDouble("figures[0].interval.lower");
    }

    private static void edit(String id, int revision, String source, String subject, long low) {
        editor().header("If-Match", "\"" + revision + "\"").queryParam("reason", "recount " + revision)
                .body(claim(source, subject, low)).put("/api/v1/claims/" + id).then().statusCode(200);
    }

    @Test
    void aSecondReadOfAComparisonIsServedFromTheCache() throws Exception {
        String side = createParty(unique("cached"), null);
        createClaim(claim(createSource(unique("cached-mod"), "military", side), side, 300));
        Announcements.awaitAllHeard();

        assertThat(figure(side)).isEqualTo(300.0);
        ComparisonCache.Counts before = cache.counts();
        assertThat(figure(side)).isEqualTo(300.0);
        ComparisonCache.Counts after = cache.counts();

        assertThat(after.hits()).as("answers served from the cache").isEqualTo(before.hits() + 1);
        assertThat(after.misses()).as("answers computed").isEqualTo(before.misses());
    }

    @Test
    void aReadAfterAnAcknowledgedEditOnTheSameInstanceNeverSeesTheFigureItReplaced() throws Exception {
        String side = createParty(unique("edited"), null);
        String source = createSource(unique("edited-mod"), "military", side);
        String id = createClaim(claim(source, side, 1000));
        Announcements.awaitAllHeard();
        assertThat(figure(side)).isEqualTo(1000.0);

        for (int revision = 1; revision <= 10; revision++) {
            Announcements.awaitAllHeard();
            assertThat(figure(side)).as("before edit %d", revision).isEqualTo(999.0 + revision);
            long hits = cache.counts().hits();
            assertThat(figure(side)).as("read again before edit %d", revision).isEqualTo(999.0 + revision);
            assertThat(cache.counts().hits()).as("the second read before edit %d came from the cache", revision)
                    .isEqualTo(hits + 1);

            edit(id, revision, source, side, 1000 + revision);
            assertThat(figure(side)).as("the first read after edit %d was acknowledged", revision)
                    .isEqualTo(1000.0 + revision);
        }
    }

    /** The announcement of a change of killed drops no comparison of wounded; only the write's own answer does. */
    @Test
    void aWriteOnThisInstanceEmptiesItsCacheBeforeItIsAnswered() throws Exception {
        String side = createParty(unique("emptied"), null);
        String source = createSource(unique("emptied-mod"), "military", side);
        String killed = createClaim(claim(source, side, 70));
        Map<String, Object> wounded = claim(source, side, 200);
        wounded.put("metric", "wounded");
        createClaim(wounded);
        Announcements.awaitAllHeard();
        String path = "/api/v1/comparisons?population=military&metric=wounded&subject=" + side;
        anonymous().get(path).then().statusCode(200);
        ComparisonCache.Counts cached = cache.counts();
        anonymous().get(path).then().statusCode(200);
        assertThat(cache.counts().hits()).as("wounded, read again").isEqualTo(cached.hits() + 1);

        edit(killed, 1, source, side, 71);
        ComparisonCache.Counts edited = cache.counts();
        anonymous().get(path).then().statusCode(200);
        assertThat(cache.counts().misses()).as("wounded, read after an edit of killed on this instance")
                .isEqualTo(edited.misses() + 1);
        assertThat(cache.counts().hits()).isEqualTo(edited.hits());
    }

    @Test
    void theTimelineAndTheContestedListAreCachedAndRefreshedByAWriteToo() throws Exception {
        String side = createParty(unique("timeline"), null);
        String source = createSource(unique("timeline-mod"), "military", side);
        String id = createClaim(claim(source, side, 40));
        Announcements.awaitAllHeard();
        String path = "/api/v1/comparisons/timeline?subject=" + side + "&population=military&metric=killed";

        anonymous().get(path).then().statusCode(200);
        long hits = cache.counts().hits();
        double cached = anonymous().get(path).then().statusCode(200).extract().jsonPath()
                .getDouble("series[0].points[0].interval.lower");
        assertThat(cached).isEqualTo(40.0);
        assertThat(cache.counts().hits()).isEqualTo(hits + 1);

        edit(id, 1, source, side, 41);
        double edited = anonymous().get(path).then().statusCode(200).extract().jsonPath()
                .getDouble("series[0].points[0].interval.lower");
        assertThat(edited).isEqualTo(41.0);

        // the first read recomputes stale measure summaries, and that announces a new ranking, which
        // drops what it cached a moment later; once the ranking stands still a read is a hit
        boolean hit = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!hit && System.nanoTime() < deadline) {
            anonymous().get("/api/v1/comparisons/contested?limit=3").then().statusCode(200);
            hits = cache.counts().hits();
            anonymous().get("/api/v1/comparisons/contested?limit=3").then().statusCode(200);
            hit = cache.counts().hits() == hits + 1;
        }
        assertThat(hit).as("the same contested page read twice in a row, the second from the cache").isTrue();
    }
}

package org.claimledger.claim;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.claimledger.common.KeptPage;
import org.claimledger.comparison.Announcements;
import org.claimledger.support.Statements;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.contestedRanking;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/**
 * A list of claims is kept like a comparison: read again, it costs no statement; a write on this
 * instance is in the very next read; another writer's change (another instance, an import, a statement
 * typed into psql) is in the reads once the database's announcement of it arrives.
 */
@QuarkusTest
class CachedClaimListTest {
    @Inject
    ClaimService claims;
    @Inject
    AgroalDataSource database;

    private static ClaimFilter bySource(String source) {
        ClaimFilter filter = new ClaimFilter();
        filter.source = source;
        return filter;
    }

    private Statements.Counted<Object> read(ClaimFilter filter) {
        // a session of its own, as a request has: the test thread's would keep the entities it read
        return Statements.of(() -> QuarkusTransaction.requiringNew()
                .call(() -> claims.list(filter, null, 50, ClaimListView.SUMMARY)));
    }

    private static List<String> statements(Object page) {
        return ((KeptPage<?>) page).items().stream().map(c -> ((ClaimSummary) c).statement()).toList();
    }

    @Test
    void aListReadAgainIsTheKeptAnswerAndCostsNoStatement() {
        String side = createParty(unique("kept"), null);
        String source = createSource(unique("kept-mod"), "military", side);
        createClaim(claim(source, side, 12));
        // the claim's announcement, and the refresh of the measure it made stale, could otherwise drop the
        // kept list between the two reads
        contestedRanking();
        Announcements.awaitAllHeard();

        var first = read(bySource(source));
        var again = read(bySource(source));

        assertThat(first.statements()).as("the first read").isNotEmpty();
        assertThat(again.statements()).as("the second read").isEmpty();
        assertThat(again.result()).isSameAs(first.result());
        ClaimFilter killed = bySource(source);
        killed.metric = Metric.KILLED;
        assertThat(read(killed).statements()).as("another filter").isNotEmpty();
    }

    @Test
    void aListAfterAnAcknowledgedEditOnThisInstanceShowsTheEdit() {
        String side = createParty(unique("edit"), null);
        String source = createSource(unique("edit-mod"), "military", side);
        String id = createClaim(claim(source, side, 5));
        read(bySource(source));

        var body = claim(source, side, 6);
        body.put("statement", "six, after a recount");
        editor().header("If-Match", "\"1\"").queryParam("reason", "recount").body(body)
                .put("/api/v1/claims/" + id).then().statusCode(200);

        assertThat(statements(read(bySource(source)).result())).containsExactly("six, after a recount");
        anonymous().queryParam("source", source).get("/api/v1/claims").then().statusCode(200)
                .body("items[0].statement", org.hamcrest.Matchers.equalTo("six, after a recount"));
    }

    @Test
    void anotherWritersChangeReachesTheListWhenItsAnnouncementArrivesNotAfterTheMaximumAge() throws Exception {
        String side = createParty(unique("other"), null);
        String source = createSource(unique("other-mod"), "military", side);
        String id = createClaim(claim(source, side, 7));
        assertThat(statements(read(bySource(source)).result())).hasSize(1);
        assertThat(read(bySource(source)).statements()).as("kept").isEmpty();

        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE claim SET statement = 'typed into psql', revision = revision + 1,"
                     + " revision_reason = 'a hand-typed correction' WHERE public_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        long started = System.nanoTime();
        List<String> seen = statements(read(bySource(source)).result());
        while (!seen.contains("typed into psql") && System.nanoTime() - started < Duration.ofSeconds(2).toNanos()) {
            Thread.sleep(10);
            seen = statements(read(bySource(source)).result());
        }
        assertThat(seen).as("within 2 s, well before the 5 s maximum age").containsExactly("typed into psql");
    }

    @Test
    void aListAsTheDatabaseWasAtAMomentIsReadEveryTime() {
        ClaimFilter filter = new ClaimFilter();
        filter.knownAt = OffsetDateTime.now();
        assertThat(read(filter).statements()).isNotEmpty();
        assertThat(read(filter).statements()).isNotEmpty();
    }

    /** Two filters share a kept answer only when every field is equal: a field added later is in the key too. */
    @Test
    void everyFilterFieldTellsOneListFromAnother() throws Exception {
        Set<String> questions = new HashSet<>();
        questions.add(new ClaimFilter().question());
        List<String> fields = new ArrayList<>();
        for (Field field : ClaimFilter.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            fields.add(field.getName());
            for (Object value : samples(field.getType())) {
                ClaimFilter filter = new ClaimFilter();
                field.set(filter, value);
                assertThat(questions.add(filter.question())).as("%s = %s has a key of its own", field.getName(), value)
                        .isTrue();
            }
        }
        assertThat(fields).contains("source", "metric", "q", "status", "knownAt");
    }

    private static List<Object> samples(Class<?> type) {
        if (type == String.class) {
            return List.of("a", "a&b=", "");
        }
        if (type.isEnum()) {
            return List.of(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return List.of(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 2));
        }
        if (type == OffsetDateTime.class) {
            return List.of(OffsetDateTime.parse("2020-10-01T00:00:00Z"));
        }
        throw new AssertionError("no samples for a filter field of type " + type);
    }
}

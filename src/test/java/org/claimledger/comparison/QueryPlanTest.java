package org.claimledger.comparison;

import org.claimledger.party.Parties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.claimledger.claim.Category;
import org.claimledger.claim.ClaimFilter;
import org.claimledger.claim.ClaimService;
import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.ingest.ImportService;
import org.claimledger.support.OwnDatabase;
import org.claimledger.synthetic.SyntheticDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 200,000 claims PostgreSQL would scan the whole claim table for a filter it has no index for;
 * every query behind the main API endpoints must find its rows through an index instead. The claims go
 * into a database of the test's own ({@link OwnDatabase}), never into the one the other tests share.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanTest {
    private static final int CLAIMS = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ImportService imports;
    @Inject
    ClaimService claims;
    @Inject
    CandidateLoader candidates;
    @Inject
    ContestedMeasures contested;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @BeforeAll
    void loadTwoHundredThousandClaims() throws Exception {
        Path file = Files.createTempFile("claimledger-plan", ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SyntheticDataset(CLAIMS, 7).write(out, json);
        }
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            imports.importJson(in, "test:query-plans");
        }
        System.out.printf("[query-plans] imported %,d synthetic claims in %.1f s%n", CLAIMS,
                (System.nanoTime() - started) / 1e9);
        Files.delete(file);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE").executeUpdate());
    }

    private static ClaimFilter filter(java.util.function.Consumer<ClaimFilter> setup) {
        ClaimFilter f = new ClaimFilter();
        setup.accept(f);
        return f;
    }

    @Test
    void everyMainQueryFindsClaimsThroughAnIndex() throws Exception {
        Map<String, Supplier<String>> queries = new java.util.LinkedHashMap<>();
        queries.put("GET /claims", () -> claims.plan(new ClaimFilter(), 50));
        queries.put("GET /claims?source=", () -> claims.plan(filter(f -> f.source = "conflict3-north-mod"), 50));
        queries.put("GET /claims?subject=&metric=", () -> claims.plan(filter(f -> {
            f.subject = "conflict3-south";
            f.metric = Metric.WOUNDED;
        }), 50));
        queries.put("GET /claims?metric=", () -> claims.plan(filter(f -> f.metric = Metric.MISSING), 50));
        queries.put("GET /claims?category=", () -> claims.plan(filter(f -> f.category = Category.DISPLACEMENT), 50));
        queries.put("GET /claims?equipment=", () -> claims.plan(filter(f -> f.equipment = Equipment.HELICOPTER), 50));
        queries.put("GET /claims?incident=", () -> claims.plan(filter(f -> f.incident = "arden1-2020-01-01"), 50));
        queries.put("GET /claims?statedFrom=&statedTo=", () -> claims.plan(filter(f -> {
            f.statedFrom = LocalDate.of(2016, 3, 1);
            f.statedTo = LocalDate.of(2016, 3, 2);
        }), 50));
        queries.put("GET /claims?q=", () -> claims.plan(filter(f -> f.q = "helicopters abandoned Kestrel7"), 50));
        queries.put("GET /claims/{id}", () -> String.valueOf(em.createNativeQuery(
                "EXPLAIN (FORMAT JSON) SELECT * FROM claim WHERE public_id = :id")
                .setParameter("id", org.claimledger.claim.Claim.idFor("synthetic/7/1234")).getSingleResult()));
        queries.put("GET /comparisons", () -> {
            ComparisonQuery q = new ComparisonQuery();
            q.subject = "conflict3-north";
            q.population = Population.MILITARY;
            q.metric = Metric.KILLED;
            return candidates.plan(q, Parties.load());
        });
        queries.put("GET /comparisons/contested", () -> contested.plan(50));

        List<String> failures = new ArrayList<>();
        for (var query : queries.entrySet()) {
            JsonNode plan = JSON.readTree(QuarkusTransaction.requiringNew().call(() -> query.getValue().get()));
            List<String> scans = new ArrayList<>();
            collect(plan.get(0).get("Plan"), scans);
            System.out.printf("[query-plans] %-34s %s%n", query.getKey(), String.join(", ", scans));
            if (scans.stream().anyMatch(s -> s.startsWith("Seq Scan on claim") || s.startsWith("Seq Scan on measure"))) {
                failures.add(query.getKey() + ": " + scans);
            }
        }
        assertThat(failures).as("queries that scan a whole table").isEmpty();
    }

    /** The scan nodes of a plan, as "Index Scan on claim using claim_source_idx". */
    private static void collect(JsonNode node, List<String> scans) {
        String type = node.path("Node Type").asText();
        if (type.contains("Scan")) {
            String relation = node.path("Relation Name").asText(node.path("Index Name").asText());
            String index = node.path("Index Name").asText("");
            scans.add(type + " on " + relation + (index.isEmpty() ? "" : " using " + index));
        }
        node.path("Plans").forEach(child -> collect(child, scans));
    }
}

package org.claimledger.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimMapping;
import org.claimledger.claim.ClaimStatus;
import org.claimledger.claim.ClaimView;
import org.claimledger.incident.IncidentView;
import org.claimledger.incident.NewIncident;
import org.claimledger.ingest.ImportBatch;
import org.claimledger.link.LinkView;
import org.claimledger.party.PartyView;
import org.claimledger.source.NewSource;
import org.claimledger.source.SourceView;
import org.claimledger.support.Db;
import org.claimledger.support.OwnDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.admin;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/**
 * A mirror that only ever reads the changes feed, from the beginning (the bundled dataset's load
 * included), while two writers create, revise and retract claims and links and revise a source, ends
 * up holding the dataset the export serves.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class ChangesFeedMirrorTest {
    @Inject
    ObjectMapper json;

    @Test
    void aMirrorFedOnlyByTheFeedEqualsTheDatasetExport() throws Exception {
        Mirror mirror = new Mirror();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> reader = pool.submit(() -> {
                while (writing.get()) {
                    mirror.sync(7);
                }
                return null;
            });
            List<Future<?>> writers = List.of(pool.submit(() -> edits("a")), pool.submit(() -> edits("b")));
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            reader.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        Db.awaitTransactionsRunningNow(Duration.ofSeconds(30));
        mirror.sync(500);

        assertThat(mirror.actions).contains("created", "revised", "retracted");
        assertThat(mirror.asDataset()).isEqualTo(comparable(json.readTree(anonymous().get("/api/v1/dataset").asString())));
    }

    /** One writer's series: claims, revisions, retractions, links and their retraction, a source revised. */
    private Void edits(String who) {
        String side = createParty(unique("side-" + who), null);
        String source = createSource(unique("mod-" + who), "government", side);
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = createClaim(claim(source, side, 100 + i));
            if (i % 3 == 1) {
                editor().header("If-Match", "\"1\"").queryParam("reason", "corrected").body(claim(source, side, 500 + i))
                        .put("/api/v1/claims/" + id).then().statusCode(200);
            }
            if (!claims.isEmpty()) {
                String link = editor().body(Map.of("target", claims.get(claims.size() - 1), "type", "corroborates"))
                        .post("/api/v1/claims/" + id + "/links").then().statusCode(201).extract().path("id");
                if (i % 4 == 0) {
                    editor().header("If-Match", "\"1\"").queryParam("reason", "not the same event")
                            .delete("/api/v1/claims/" + id + "/links/" + link).then().statusCode(200);
                }
            }
            if (i % 5 == 3) {
                String etag = anonymous().get("/api/v1/claims/" + claims.get(claims.size() - 1)).header("ETag");
                editor().header("If-Match", etag).queryParam("reason", "withdrawn by its source")
                        .delete("/api/v1/claims/" + claims.get(claims.size() - 1)).then().statusCode(200);
            }
            claims.add(id);
        }
        Map<String, Object> revised = new HashMap<>(Map.of("slug", source, "name", "Ministry " + who, "kind", "military",
                "party", side));
        admin().header("If-Match", "\"1\"").body(revised).put("/api/v1/sources/" + source).then().statusCode(200);
        return null;
    }

    /** What a mirror keeps: the latest body of every entity the feed named, and its cursor. */
    private final class Mirror {
        final Map<String, Map<String, JsonNode>> entities = new TreeMap<>();
        final java.util.Set<String> actions = java.util.concurrent.ConcurrentHashMap.newKeySet();
        String cursor;

        synchronized void sync(int limit) throws Exception {
            boolean more = true;
            while (more) {
                var request = anonymous().queryParam("limit", limit);
                if (cursor != null) {
                    request.queryParam("since", cursor);
                }
                JsonNode page = json.readTree(request.get("/api/v1/changes").then().statusCode(200).extract().asString());
                for (JsonNode item : page.get("items")) {
                    entities.computeIfAbsent(item.get("kind").asText(), k -> new TreeMap<>())
                            .put(item.get("id").asText(), item.get("current"));
                    actions.add(item.get("action").asText());
                }
                assertThat(page.get("nextCursor").isNull()).isFalse();
                cursor = page.get("nextCursor").asText();
                more = page.get("more").asBoolean();
            }
        }

        /** The mirror in the export's format, built the way the export builds it. */
        JsonNode asDataset() throws Exception {
            Map<String, Object> dataset = new java.util.LinkedHashMap<>();
            dataset.put("parties", each("party", PartyView.class).stream().map(p -> party(p)).toList());
            dataset.put("sources", each("source", SourceView.class).stream().map(s -> new NewSource(s.slug(), s.name(),
                    s.kind(), s.party(), s.homepage(), s.description())).toList());
            dataset.put("incidents", each("incident", IncidentView.class).stream().map(i -> new NewIncident(i.slug(),
                    i.title(), i.description(), i.location(), i.from(), i.to(), i.titleDerived() ? Boolean.TRUE : null))
                    .toList());
            Map<java.util.UUID, ClaimView> claims = new HashMap<>();
            each("claim", ClaimView.class).forEach(c -> claims.put(c.id(), c));
            List<ClaimView> active = claims.values().stream().filter(c -> c.status() == ClaimStatus.ACTIVE).toList();
            dataset.put("claims", active.stream().map(c -> c.key() != null ? ClaimMapping.toInput(c)
                    : ClaimMapping.withKey(ClaimMapping.toInput(c), Claim.exportKey(null, c.id()))).toList());
            dataset.put("links", each("link", LinkView.class).stream()
                    .filter(l -> l.status() == ClaimStatus.ACTIVE && claims.get(l.from()).status() == ClaimStatus.ACTIVE
                            && claims.get(l.to()).status() == ClaimStatus.ACTIVE)
                    .map(l -> new ImportBatch.Link(key(claims.get(l.from())), key(claims.get(l.to())), l.type(), l.note()))
                    .toList());
            return comparable(json.readTree(json.writeValueAsString(dataset)));
        }

        private Map<String, Object> party(PartyView p) {
            Map<String, Object> party = new java.util.LinkedHashMap<>();
            party.put("slug", p.slug());
            party.put("name", p.name());
            party.put("parent", p.parent());
            party.put("description", p.description());
            return party;
        }

        private <V> List<V> each(String kind, Class<V> type) {
            return entities.getOrDefault(kind, Map.of()).values().stream().map(n -> json.convertValue(n, type)).toList();
        }

        private static String key(ClaimView c) {
            return Claim.exportKey(c.key(), c.id());
        }
    }

    /**
     * Both documents in one order (claims by key, links by their ends) and parties without their side:
     * a party's view gives the side it fights on, the export the side it was given, which for a part of
     * a belligerent is its parent's.
     */
    private JsonNode comparable(JsonNode dataset) {
        for (JsonNode party : dataset.get("parties")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) party).remove("side");
        }
        sort((ArrayNode) dataset.get("claims"), Comparator.comparing(n -> n.get("key").asText()));
        sort((ArrayNode) dataset.get("links"), Comparator.comparing(n -> n.get("from").asText() + " " + n.get("to").asText()
                + " " + n.get("type").asText()));
        return dataset;
    }

    private static void sort(ArrayNode array, Comparator<JsonNode> order) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        items.sort(order);
        array.removeAll();
        items.forEach(array::add);
    }
}

package org.claimledger.support;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Requests as the tests' clients make them, and fixtures each test creates for itself. The admin token
 * is configured ({@code %test.claimledger.auth.initial-admin-token}), so every application under test
 * has it; the editor token is created through the API, so it belongs to the running application and
 * its database, and a restarted one (another test profile) gets a new one.
 */
public final class Api {
    public static final String ADMIN_TOKEN = "test-admin-token";
    /** The name of the editor token, which the service records as the author of what it writes. */
    public static final String EDITOR_NAME = "test-editor";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static WeakReference<Object> editorTokenApp = new WeakReference<>(null);
    private static String editorToken;

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return anonymous().header("Authorization", "Bearer " + ADMIN_TOKEN);
    }

    public static RequestSpecification editor() {
        return bearer(editorToken());
    }

    /** An editor token of the application under test, made the first time it is asked for. */
    public static synchronized String editorToken() {
        Object app = runningApplication();
        if (editorToken == null || editorTokenApp.get() != app) {
            editorToken = newToken(EDITOR_NAME, "editor");
            editorTokenApp = new WeakReference<>(app);
        }
        return editorToken;
    }

    /**
     * What tells one started application from the next: its CDI container, which every start creates
     * anew; or, outside the application's JVM, the address RestAssured calls (a new start, a new port).
     */
    private static Object runningApplication() {
        Object container = Arc.container();
        return container != null ? container : (RestAssured.baseURI + ":" + RestAssured.port).intern();
    }

    public static RequestSpecification bearer(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    public static String newToken(String name, String role) {
        return admin().body(Map.of("name", name, "role", role)).post("/api/v1/tokens")
                .then().statusCode(201).extract().path("token");
    }

    /** A slug no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    public static String createParty(String slug, String side) {
        Map<String, Object> party = new HashMap<>();
        party.put("slug", slug);
        party.put("name", "Party " + slug);
        party.put("side", side);
        admin().body(party).post("/api/v1/parties").then().statusCode(201);
        return slug;
    }

    public static String createSource(String slug, String kind, String party) {
        Map<String, Object> source = new HashMap<>();
        source.put("slug", slug);
        source.put("name", "Source " + slug);
        source.put("kind", kind);
        source.put("party", party);
        admin().body(source).post("/api/v1/sources").then().statusCode(201).body("slug", equalTo(slug));
        return slug;
    }

    /** A valid claim body: the given source says {@code low} of {@code subject}'s soldiers were killed. */
    public static Map<String, Object> claim(String source, String subject, long low) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("source", source);
        claim.put("statedOn", "2020-10-28");
        claim.put("category", "casualty");
        claim.put("subject", subject);
        claim.put("population", "military");
        claim.put("metric", "killed");
        claim.put("quantity", new HashMap<>(Map.of("low", low, "high", low, "qualifier", "exact",
                "text", Long.toString(low))));
        claim.put("statement", source + " says " + low + " soldiers of " + subject + " were killed");
        List<Object> citations = new ArrayList<>();
        citations.add(new HashMap<>(Map.of("title", "2020 Nagorno-Karabakh war", "reference", "[1]")));
        claim.put("citations", citations);
        return claim;
    }

    public static String createClaim(Map<String, Object> claim) {
        return editor().body(claim).post("/api/v1/claims").then().statusCode(201).extract().path("id");
    }

    /**
     * Every item of the contested list, page by page, once its ranking is complete ({@code pending} 0): a
     * read recomputes what writes made stale but skips the measures the background refresh holds at that
     * moment, which that refresh ranks within seconds. Tests that read the ranking, or the home page built
     * from it, call this first instead of racing the refresh.
     */
    public static List<Map<String, Object>> contestedRanking() {
        return await("the contested ranking complete (pending 0)").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(Api::contestedPages, ranking -> ranking.pending() == 0)
                .items();
    }

    private record Ranking(List<Map<String, Object>> items, long pending) {
    }

    /** The contested list read page by page, and the most measures any of its pages said were pending. */
    private static Ranking contestedPages() {
        List<Map<String, Object>> items = new ArrayList<>();
        long pending = 0;
        String cursor = null;
        do {
            var request = anonymous().queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/comparisons/contested").then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            pending = Math.max(pending, page.getLong("pending"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return new Ranking(items, pending);
    }
}

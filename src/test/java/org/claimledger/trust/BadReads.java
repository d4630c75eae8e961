package org.claimledger.trust;

import org.claimledger.support.Gen;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.claimledger.trust.HostileValues.notADate;
import static org.claimledger.trust.HostileValues.text;

/** Reads with a query parameter or path the service must refuse: a bad filter, page size, cursor or id. */
final class BadReads {
    private static final List<String> WORD_FILTERS = List.of("metric", "category", "population", "equipment",
            "stance", "status");
    private static final List<String> DATE_FILTERS = List.of("statedFrom", "statedTo", "knownAt");

    private BadReads() {
    }

    static Gen<BadRequest> reads(Fixtures f) {
        List<String> claimLists = List.of("/api/v1/claims", "/api/v1/claims.csv", "/api/v1/claims.jsonld");
        Gen<BadRequest> claimFilters = Gen.combine(Gen.of(claimLists), claimFilter(),
                Gen.of("", "limit=5&", "q=killed&"), (list, param, other) ->
                query(list, other + param, 400));
        Gen<BadRequest> claimPages = Gen.oneOf(
                badLimit(true).map(l -> query("/api/v1/claims", "limit=" + l, 400)),
                Gen.combine(Gen.of(claimLists), badCursor(true), (list, c) ->
                        query(list, "cursor=" + c, 400)));
        Gen<BadRequest> exportLimits = Gen.combine(Gen.of("/api/v1/claims.csv",
                "/api/v1/claims.jsonld"), badLimit(false), (list, l) -> query(list, "limit=" + l, 400));
        Gen<BadRequest> otherPages = Gen.of("/api/v1/sources", "/api/v1/parties",
                "/api/v1/claims/" + f.claim() + "/links").flatMap(list -> Gen.oneOf(
                badLimit(true).map(l -> query(list, "limit=" + l, 400)),
                badCursor(list.endsWith("/links")).map(c -> query(list, "cursor=" + c, 400))));
        Gen<BadRequest> sourceKinds = HostileValues.notAWord().map(k -> query("/api/v1/sources",
                "kind=" + encode(k), 400));
        Gen<BadRequest> revisions = Gen.oneOf(
                Gen.of("abc", "1.5", "-", "1e2", "0x1").map(r -> query("/api/v1/claims/" + f.claim(),
                        "revision=" + r, 400)),
                Gen.of("0", "-1", "2", "99999", "2147483647").map(r -> query("/api/v1/claims/" + f.claim(),
                        "revision=" + r, 404)));
        Gen<BadRequest> unknown = Gen.combine(Gen.of("/api/v1/claims/%s", "/api/v1/imports/%s",
                "/api/v1/claims/%s/revisions", "/api/v1/claims/%s/links"), BadWrites.badId(), (path, id) ->
                new BadRequest("GET " + String.format(path, "{unknown id}"), "", "GET", String.format(path, id),
                        java.util.Map.of(), null, Set.of(404)));
        Gen<BadRequest> unknownSlugs = Gen.combine(Gen.of("/api/v1/sources/", "/api/v1/parties/"),
                Gen.strings(Gen.chars('a', 'z'), 10, 10), (path, slug) ->
                new BadRequest("GET " + path + "{unknown slug}", "", "GET", path + "fz-none-" + slug,
                        java.util.Map.of(), null, Set.of(404)));
        return Gen.frequency(Gen.weighted(8, claimFilters), Gen.weighted(4, claimPages),
                Gen.weighted(2, exportLimits), Gen.weighted(4, otherPages),
                Gen.weighted(1, sourceKinds), Gen.weighted(1, revisions),
                Gen.weighted(2, unknown), Gen.weighted(1, unknownSlugs));
    }

    private static BadRequest query(String path, String query, int status) {
        String target = query.isEmpty() ? path : path + "?" + query;
        return new BadRequest("GET " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"), query, "GET", target,
                java.util.Map.of(), null, Set.of(status));
    }

    /** One claim filter with a value it cannot take: an unknown word, a non-date, an unknown slug. */
    private static Gen<String> claimFilter() {
        return Gen.oneOf(
                Gen.combine(Gen.of(WORD_FILTERS), HostileValues.notAWord(), (n, v) -> n + "=" + encode(v)),
                Gen.combine(Gen.of(DATE_FILTERS), notADate().filter(s -> !s.isBlank()), (n, v) -> n + "=" + encode(v)),
                Gen.combine(Gen.of("source", "subject"), HostileValues.notASlug()
                        .filter(s -> !s.isEmpty()), (n, v) -> n + "=" + encode(v)));
    }

    /** Page sizes outside 1..1000 (outside 1.. for exports, which have no upper cap), or not numbers. */
    private static Gen<String> badLimit(boolean capped) {
        Gen<String> out = capped ? Gen.of("0", "-1", "1001", "5000", "2147483648", "-2147483649")
                : Gen.of("0", "-1", "-1000", "2147483648");
        return Gen.oneOf(out, Gen.of("abc", "1.5", "1e3", "0x10", "ten", "50 ", " 50"),
                text().filter(s -> !s.isBlank() && !s.trim().matches("-?\\d+"))).map(BadReads::encode);
    }

    /**
     * Cursors this service did not issue. Claim and link lists key on a number, so "c1:" with anything
     * else is forged too; source and party lists key on a slug, where only the version tag is checked.
     */
    private static Gen<String> badCursor(boolean numeric) {
        Gen<String> forged = numeric ? Gen.of("c1:abc", "c1:", "c2:5", "c1:5.5", "c1:99999999999999999999")
                : Gen.of("c2:am-mod", "c1:", "am-mod", "");
        return Gen.oneOf(
                forged.filter(s -> !s.isEmpty()).map(s -> Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(s.getBytes(StandardCharsets.UTF_8))),
                text().filter(s -> !s.isEmpty() && !issued(s)).map(BadReads::encode));
    }

    private static boolean issued(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).startsWith("c1:");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.claimledger.reads;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.claimledger.claim.ClaimFilter;
import org.claimledger.claim.ClaimFormats;
import org.claimledger.claim.ClaimResource;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.common.Download;
import org.claimledger.common.KeptPage;
import org.claimledger.common.Page;
import org.claimledger.comparison.ComparisonCache;
import org.claimledger.comparison.ComparisonQuery;
import org.claimledger.comparison.ComparisonResource;
import org.claimledger.corroboration.AllegationResource;
import org.claimledger.incident.IncidentResource;
import org.claimledger.ingest.ExportResource;
import org.claimledger.link.LinkResource;
import org.claimledger.party.PartyResource;
import org.claimledger.source.SourceResource;
import org.claimledger.support.Statements;
import org.claimledger.web.AllegationsPage;
import org.claimledger.web.ClaimPage;
import org.claimledger.web.ComparePage;
import org.claimledger.web.HomePage;
import org.claimledger.web.SearchPage;
import org.claimledger.web.SourcePage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.contestedRanking;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/**
 * Every list, page and export costs a fixed number of SQL statements, whatever its size: a page of one
 * item costs what a page of fifty does, and a page about a claim, source or measure with one of
 * everything costs what one with many does. Each request is run on the test thread, as the server runs
 * it, with {@link Statements} counting what Hibernate sends (body written, so a streamed export is
 * counted whole). The bound stated for each is small; a query per row would break both checks.
 */
@QuarkusTest
class StatementCountTest {
    /** What any one request may cost at most. */
    private static final int BOUND = 12;
    private static Fixture fixture;

    @Inject ClaimResource claims;
    @Inject SourceResource sources;
    @Inject PartyResource parties;
    @Inject LinkResource links;
    @Inject AllegationResource allegations;
    @Inject IncidentResource incidents;
    @Inject ComparisonResource comparisons;
    @Inject ExportResource exports;
    @Inject org.claimledger.comparison.ComparisonCache comparisonCache;
    @Inject ClaimFormats claimFormats;
    @Inject HomePage home;
    @Inject ComparePage compare;
    @Inject ClaimPage claimPage;
    @Inject SourcePage sourcePage;
    @Inject AllegationsPage allegationsPage;
    @Inject SearchPage search;

    /**
     * A measure with two figures, one corroborating the other, and one with forty; a prolific source
     * with twenty claims of the forty, one of them linked to by twenty claims and revised five times.
     */
    record Fixture(String few, String many, String lonely, String prolific, UUID plain, UUID linked) {
    }

    private static synchronized Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        String few = createParty(unique("count-few"), null);
        String many = createParty(unique("count-many"), null);
        String lonely = createSource(unique("count-lonely"), "ngo", null);
        String prolific = createSource(unique("count-prolific"), "media", null);
        UUID plain = UUID.fromString(createClaim(claim(lonely, few, 5)));
        String other = createClaim(claim(createSource(unique("count-other"), "ngo", null), few, 7));
        editor().body(Map.of("target", plain.toString(), "type", "corroborates"))
                .post("/api/v1/claims/" + other + "/links").then().statusCode(201);
        List<String> own = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            own.add(createClaim(claim(prolific, many, 100 + i)));
        }
        UUID linked = UUID.fromString(own.get(0));
        for (int i = 0; i < 20; i++) {
            String confirmation = createClaim(claim(createSource(unique("count-s"), i % 2 == 0 ? "ngo" : "media",
                    null), many, 100 + i));
            editor().body(Map.of("target", linked.toString(), "type", i % 3 == 0 ? "derived-from" : "corroborates"))
                    .post("/api/v1/claims/" + confirmation + "/links").then().statusCode(201);
        }
        for (int revision = 1; revision <= 5; revision++) {
            editor().header("If-Match", "\"" + revision + "\"").body(claim(prolific, many, 100 + revision))
                    .put("/api/v1/claims/" + linked).then().statusCode(200);
        }
        fixture = new Fixture(few, many, lonely, prolific, plain, linked);
        return fixture;
    }

    // ---- the API's lists

    @Test
    void claims() {
        samePerPage(limit -> claims.list(new ClaimFilter(), null, limit, null));
    }

    @Test
    void claimsFoundByText() {
        ClaimFilter filter = new ClaimFilter();
        filter.q = "killed";
        samePerPage(limit -> claims.list(filter, null, limit, null));
    }

    @Test
    void claimsOfASource() {
        ClaimFilter filter = new ClaimFilter();
        filter.source = fixture().prolific();
        samePerPage(limit -> claims.list(filter, null, limit, null), 20);
    }

    @Test
    void sources() {
        samePerPage(limit -> sources.list(null, limit, null, null));
    }

    @Test
    void parties() {
        samePerPage(limit -> parties.list(null, limit));
    }

    @Test
    void incidents() {
        samePerPage(limit -> incidents.list(null, limit));
    }

    @Test
    void allegations() {
        // a page that incidents do not fill walks the accusations without an incident too: one more
        samePerPage(limit -> allegations.list(null, null, null, limit), 50, 1);
    }

    @Test
    void contestedMeasures() {
        contestedRanking(); // every measure ranked: no read below recomputes, or skips, what the refresh holds
        // read afresh each time, not answered from the comparison cache (which costs no statement)
        samePerPage(limit -> {
            comparisonCache.changedAll();
            return comparisons.contested(null, limit);
        }, 10);
    }

    @Test
    void linksOfAClaim() {
        samePerPage(limit -> links.list(fixture().linked(), null, limit), 20);
    }

    @Test
    void revisionsOfAClaim() {
        sameForOneAsForMany(() -> claims.revisions(fixture().plain(), null, null),
                () -> claims.revisions(fixture().linked(), null, null));
    }

    @Test
    void aComparison() {
        // computed afresh each time, not answered from the comparison cache (which costs no statement)
        sameForOneAsForMany(() -> {
            comparisonCache.changedAll();
            return comparisons.compare(measure(fixture().few()));
        }, () -> {
            comparisonCache.changedAll();
            return comparisons.compare(measure(fixture().many()));
        });
    }

    // ---- exports

    @Test
    void claimsAsCsv() {
        samePerPage(limit -> written(claimFormats.csv(new ClaimFilter(), null, limit)));
    }

    @Test
    void claimsAsJsonLd() {
        samePerPage(limit -> written(claimFormats.jsonLd(new ClaimFilter(), null, limit, "http://localhost")));
    }

    @Test
    void claimsCsvThroughTheExportPath() {
        samePerPage(limit -> written(exports.csv(new ClaimFilter(), null, limit, request("/api/v1/claims.csv"), NO_HEADERS)));
    }

    /** The whole dataset: a statement per thousand claims and per kind of thing, not per row. */
    @Test
    void theDataset() {
        var counted = count(() -> written(exports.dataset(request("/api/v1/dataset"), NO_HEADERS)));
        long claimsStored = org.claimledger.support.Db.count("claim WHERE status = 'active'");
        assertThat(counted.statements().size()).as("statements: %s", brief(counted))
                .isLessThanOrEqualTo(BOUND + (int) (claimsStored / 1000));
    }

    // ---- pages

    @Test
    void theHomePage() {
        var first = count(() -> home.home());
        var again = count(() -> home.home());
        assertThat(again.statements()).as("statements: %s", again.statements()).hasSizeLessThanOrEqualTo(BOUND);
        assertThat(first.statements().size()).isGreaterThanOrEqualTo(again.statements().size());
    }

    @Test
    void theComparePage() {
        // the comparison and timeline computed afresh, as for a measure nobody asked about in the last seconds
        sameForOneAsForMany(() -> {
            comparisonCache.changedAll();
            return compare.compare(fixture().few(), "military", "killed", null, null, null, null, null, null, null);
        }, () -> {
            comparisonCache.changedAll();
            return compare.compare(fixture().many(), "military", "killed", null, null, null, null, null, null, null);
        });
    }

    @Test
    void theClaimPage() {
        sameForOneAsForMany(() -> claimPage.claim(fixture().plain().toString()),
                () -> claimPage.claim(fixture().linked().toString()));
    }

    @Test
    void theSourcePage() {
        sameForOneAsForMany(() -> sourcePage.source(fixture().lonely(), null),
                () -> sourcePage.source(fixture().prolific(), null));
    }

    @Test
    void theAllegationsPage() {
        sameForOneAsForMany(() -> allegationsPage.list(null, "barda-2020-10-28", null),
                () -> allegationsPage.list(null, null, null), 1);
    }

    @Test
    void theSearchPage() {
        var rare = count(() -> search.search(fixture().lonely(), null));
        var common = count(() -> search.search("killed", null));
        // each of its three searches (claims, incidents, accusations) walks a window of rows in order and,
        // when that does not fill the page, asks the text index: so a rare word may cost up to three
        // statements more than a common one, or a common one more than a rare one, never one per match
        for (var search : List.of(rare, common)) {
            assertThat(search.statements()).as("statements: %s", brief(search)).hasSizeLessThanOrEqualTo(BOUND + 4);
        }
        assertThat(Math.abs(rare.statements().size() - common.statements().size()))
                .as("rare: %s%ncommon: %s", brief(rare), brief(common)).isLessThanOrEqualTo(4);
    }

    // ---- how

    private static ComparisonQuery measure(String subject) {
        ComparisonQuery query = new ComparisonQuery();
        query.subject = subject;
        query.population = Population.MILITARY;
        query.metric = Metric.KILLED;
        return query;
    }

    private interface Sized {
        Object at(int limit);
    }

    private static void samePerPage(Sized list) {
        samePerPage(list, 50);
    }

    private static void samePerPage(Sized list, int many) {
        samePerPage(list, many, 0);
    }

    /**
     * A page of one item and a page of {@code many} cost the same few statements, or up to {@code slack}
     * more where a larger page takes a second strategy of its query (never a statement per row).
     */
    private static void samePerPage(Sized list, int many, int slack) {
        var one = count(() -> list.at(1));
        var full = count(() -> list.at(many));
        if (full.result() instanceof Page<?> page) {
            assertThat(page.items()).as("a full page").hasSizeGreaterThan(1);
        }
        if (full.result() instanceof KeptPage<?> page) {
            assertThat(page.items()).as("a full page").hasSizeGreaterThan(1);
        }
        assertThat(one.statements()).as("statements: %s", brief(one)).isNotEmpty()
                .hasSizeLessThanOrEqualTo(BOUND);
        assertThat(full.statements().size()).as("statements of %s items: %s%nof one: %s", many, brief(full), brief(one))
                .isBetween(one.statements().size(), one.statements().size() + slack);
    }

    private static void sameForOneAsForMany(Supplier<Object> one, Supplier<Object> many) {
        sameForOneAsForMany(one, many, 0);
    }

    /** Up to {@code slack} more statements for the larger answer (a second strategy of a query, never per row). */
    private static void sameForOneAsForMany(Supplier<Object> one, Supplier<Object> many, int slack) {
        var small = count(one);
        var large = count(many);
        assertThat(small.statements()).as("statements: %s", brief(small)).isNotEmpty()
                .hasSizeLessThanOrEqualTo(BOUND);
        assertThat(large.statements().size()).as("statements: %s%nof the smaller: %s", brief(large), brief(small))
                .isBetween(small.statements().size(), small.statements().size() + slack);
    }

    /** The statements, each cut short, one a line: what a failure shows. */
    private static String brief(Statements.Counted<?> counted) {
        return counted.statements().stream().map(sql -> sql.length() > 140 ? sql.substring(0, 140) + "..." : sql)
                .collect(java.util.stream.Collectors.joining("\n  ", "\n  ", ""));
    }

    /** The request run as the server runs it, its body written out, with the statements it sent. */
    /** The statements of one request computed afresh: an answer kept from an earlier request costs none. */
    private static Statements.Counted<Object> count(Supplier<Object> request) {
        Arc.container().instance(ComparisonCache.class).get().changedAll();
        return Statements.of(() -> QuarkusTransaction.requiringNew().call(() -> {
            Object result = request.get();
            if (result instanceof Response response) {
                assertThat(response.getStatus()).as("status").isEqualTo(200);
                if (response.getEntity() instanceof StreamingOutput body) {
                    return written(body::write);
                }
                return response.getEntity();
            }
            return result;
        }));
    }

    private static String written(Download download) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            download.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String written(Response response) {
        return written(((StreamingOutput) response.getEntity())::write);
    }

    /** The request an export resource reads its tag from: its address, and no conditional headers. */
    private static jakarta.ws.rs.core.UriInfo request(String path) {
        java.net.URI uri = java.net.URI.create("http://localhost" + path);
        return (jakarta.ws.rs.core.UriInfo) java.lang.reflect.Proxy.newProxyInstance(StatementCountTest.class.getClassLoader(),
                new Class<?>[]{jakarta.ws.rs.core.UriInfo.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestUri" -> uri;
                    case "toString" -> "UriInfo " + uri;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final jakarta.ws.rs.core.HttpHeaders NO_HEADERS = (jakarta.ws.rs.core.HttpHeaders) java.lang.reflect.Proxy
            .newProxyInstance(StatementCountTest.class.getClassLoader(), new Class<?>[]{jakarta.ws.rs.core.HttpHeaders.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getAcceptableMediaTypes" -> java.util.List.of(jakarta.ws.rs.core.MediaType.WILDCARD_TYPE);
                        case "getHeaderString" -> null;
                        case "toString" -> "no headers";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
}

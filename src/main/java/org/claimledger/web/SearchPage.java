package org.claimledger.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.claim.ClaimFilter;
import org.claimledger.claim.ClaimService;
import org.claimledger.claim.ClaimView;
import org.claimledger.common.Page;
import org.claimledger.corroboration.AllegationService;
import org.claimledger.corroboration.AllegationView;
import org.claimledger.source.Source;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Map;

/** Full-text search over claims and allegations (the API's search), and sources by name. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {
    private static final int PAGE = 25;

    private final ClaimService claims;
    private final AllegationService allegations;
    private final SourceDirectory sources;

    SearchPage(ClaimService claims, AllegationService allegations, SourceDirectory sources) {
        this.claims = claims;
        this.allegations = allegations;
        this.sources = sources;
    }

    /** {@code moreSources}: more sources match than are listed. */
    record View(String q, List<Hit> allegations, List<Hit> sources, boolean moreSources, List<ClaimHit> claims,
                String nextUrl) {
        public boolean empty() {
            return allegations.isEmpty() && sources.isEmpty() && claims.isEmpty();
        }
    }

    record Hit(String title, String url, String detail) {
    }

    record ClaimHit(String statement, String sourceName, String sourceUrl, String statedOn, String attribution,
                    String claimUrl) {
    }

    @GET
    @Operation(hidden = true)
    public Response search(@RestQuery String q, @RestQuery("cursor") String cursor) {
        String query = AllegationsPage.blankToNull(q);
        return Html.render(() -> Templates.search(query == null ? new View(null, List.of(), List.of(), false,
                List.of(), null) : view(query, cursor)));
    }

    private View view(String q, String cursor) {
        ClaimFilter filter = new ClaimFilter();
        filter.q = q;
        Page<ClaimView> page = claims.list(filter, cursor, PAGE);
        Map<String, String> names = sources.names(page.items().stream().map(ClaimView::source).toList());
        List<ClaimHit> claimHits = page.items().stream().map(c -> new ClaimHit(c.statement(),
                names.getOrDefault(c.source(), c.source()), Links.source(c.source()),
                Words.statedOn(c.statedOn(), c.provenance()), Words.attribution(c.provenance()),
                Links.claim(c.id()))).toList();
        // allegations and sources are listed on the first page of results only, a page of each at most
        boolean first = cursor == null;
        List<Source> named = first ? sources.named(q, PAGE + 1) : List.of();
        return new View(q, first ? allegationHits(q) : List.of(), sourceHits(named), named.size() > PAGE, claimHits,
                page.nextCursor() == null ? null : Links.search(q) + "&cursor=" + Links.encode(page.nextCursor()));
    }

    private static List<Hit> sourceHits(List<Source> named) {
        return named.stream().limit(PAGE).map(s -> new Hit(s.name, Links.source(s.slug), Words.of(s.kind))).toList();
    }

    private List<Hit> allegationHits(String q) {
        return allegations.list(null, q, null, PAGE).items().stream().map(a -> new Hit(a.title(),
                url(a, q), a.summary())).toList();
    }

    private static String url(AllegationView a, String q) {
        if (a.incident() != null) {
            return Links.allegation(a.incident());
        }
        return "/allegations?q=" + Links.encode(q) + "#" + AllegationsPage.anchor(a);
    }
}

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
import org.claimledger.corroboration.Corroboration.Status;
import org.claimledger.source.Source;
import org.claimledger.source.SourceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A source: who it is, how its claims fared, and its claims, a page at a time. */
@Path("/sources/{slug}")
@Produces(MediaType.TEXT_HTML)
public class SourcePage {
    static final int PAGE = 25;

    private final SourceService sources;
    private final ClaimService claims;
    private final TrackRecord trackRecord;

    SourcePage(SourceService sources, ClaimService claims, TrackRecord trackRecord) {
        this.sources = sources;
        this.claims = claims;
        this.trackRecord = trackRecord;
    }

    record View(String name, String slug, String kind, String speaksFor, String homepage, String description,
                String summary, List<Count> counts, List<Row> claims, String nextUrl, String firstUrl,
                String apiUrl) {
    }

    record Count(String status, String label, int count) {
    }

    record Row(String statedOn, String statement, String attribution, String figure, String status,
               String claimUrl) {
    }

    @GET
    @Operation(hidden = true)
    public Response source(String slug, @RestQuery("cursor") String cursor) {
        return Html.render(() -> Templates.source(view(sources.get(slug), cursor)));
    }

    private View view(Source s, String cursor) {
        ClaimFilter filter = new ClaimFilter();
        filter.source = s.slug;
        Page<ClaimView> page = claims.list(filter, cursor, PAGE);
        TrackRecord.Tally tally = trackRecord.of(s);
        List<Count> counts = TrackRecord.order().stream()
                .map(st -> new Count(st.wire(), Words.of(st), tally.count(st))).toList();
        Map<UUID, Status> statuses = trackRecord.statuses(tally, page.items().stream().map(ClaimView::id).toList());
        List<Row> rows = page.items().stream().map(c -> new Row(Words.statedOn(c.statedOn(), c.provenance()),
                c.statement(), Words.attribution(c.provenance()),
                c.quantity() == null ? null : Words.figure(c.quantity().low(), c.quantity().high(),
                        c.quantity().qualifier()), statuses.get(c.id()) == null ? "" : statuses.get(c.id()).wire(),
                Links.claim(c.id()))).toList();
        String base = Links.source(s.slug);
        return new View(s.name, s.slug, Words.of(s.kind), s.party == null ? null : s.party.name, s.homepage,
                s.description, TrackRecord.summary(tally), counts, rows,
                page.nextCursor() == null ? null : base + "?cursor=" + Links.encode(page.nextCursor()),
                cursor == null ? null : base, "/api/v1/sources/" + Links.encode(s.slug));
    }
}

package org.claimledger.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.claim.Quantity;
import org.claimledger.comparison.Parties;
import org.claimledger.corroboration.AllegationService;
import org.claimledger.corroboration.AllegationView;
import org.claimledger.common.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.StringJoiner;

/** Allegations, one per incident or linked group: who asserts, who denies, who confirmed independently. */
@Path("/allegations")
@Produces(MediaType.TEXT_HTML)
public class AllegationsPage {
    private static final int PAGE = 20;

    private final AllegationService allegations;

    AllegationsPage(AllegationService allegations) {
        this.allegations = allegations;
    }

    record View(String heading, String q, String incident, List<Group> groups, String nextUrl) {
    }

    record Group(String anchor, String title, String incidentUrl, String accused, String summary,
                 List<Voice> asserting, List<Voice> denying, List<String> independent) {
    }

    record Voice(String sourceName, String sourceUrl, String standing, String statement, String statedOn,
                 String figure, String claimUrl) {
    }

    @GET
    @Operation(hidden = true)
    public Response list(@RestQuery String q, @RestQuery String incident, @RestQuery("cursor") String cursor) {
        return Html.render(() -> Templates.allegations(view(blankToNull(q), blankToNull(incident), cursor)));
    }

    private View view(String q, String incident, String cursor) {
        Page<AllegationView> page = allegations.list(incident, q, cursor, PAGE);
        Parties parties = Parties.load();
        List<Group> groups = page.items().stream().map(a -> group(a, parties)).toList();
        String heading = incident != null && !groups.isEmpty() ? "Allegation: " + groups.get(0).title()
                : q != null ? "Allegations matching “" + q + "”" : "Allegations";
        return new View(heading, q, incident, groups, page.nextCursor() == null ? null : next(q, incident,
                page.nextCursor()));
    }

    static Group group(AllegationView a, Parties parties) {
        String accused = String.join(", ", a.accused().stream().map(s -> parties.require(s, "accused").name).toList());
        return new Group(anchor(a), title(a), a.incident() == null ? null : Links.allegation(a.incident()), accused,
                a.summary(), a.asserting().stream().map(AllegationsPage::voice).toList(),
                a.denying().stream().map(AllegationsPage::voice).toList(), a.independentlyCorroboratedBy());
    }

    private static Voice voice(AllegationView.Voice v) {
        Quantity q = v.quantity();
        return new Voice(v.sourceName(), Links.source(v.source()), v.standing().replace('-', ' '), v.statement(),
                v.statedOn() == null ? null : v.statedOn().toString(),
                q == null ? null : q.text() != null ? q.text() : Words.figure(q.low(), q.high(), q.qualifier()),
                Links.claim(v.claimId()));
    }

    /** "Barda (barda-2020-10-28)"; without an incident, the first statement. */
    static String title(AllegationView a) {
        if (a.incident() != null) {
            return a.location() != null ? a.location() + " (" + a.incident() + ")" : a.incident();
        }
        List<AllegationView.Voice> voices = a.asserting().isEmpty() ? a.denying() : a.asserting();
        String statement = voices.isEmpty() ? "Allegation" : voices.get(0).statement();
        return statement.length() <= 90 ? statement : statement.substring(0, 87) + "…";
    }

    static String anchor(AllegationView a) {
        List<AllegationView.Voice> voices = a.asserting().isEmpty() ? a.denying() : a.asserting();
        return a.incident() != null ? a.incident() : "claim-" + voices.get(0).claimId();
    }

    private static String next(String q, String incident, String cursor) {
        StringJoiner params = new StringJoiner("&", "/allegations?", "");
        if (q != null) {
            params.add("q=" + Links.encode(q));
        }
        if (incident != null) {
            params.add("incident=" + Links.encode(incident));
        }
        return params.add("cursor=" + Links.encode(cursor)).toString();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

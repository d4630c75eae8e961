package org.claimledger.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.claim.Quantity;
import org.claimledger.common.Page;
import org.claimledger.party.Parties;
import org.claimledger.corroboration.AllegationService;
import org.claimledger.corroboration.AllegationView;
import org.claimledger.incident.IncidentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * Allegations, one per incident or accusation: who accuses, who denies, and who corroborated it
 * independently under the corroboration rule. Claims that accuse nobody are not listed.
 */
@Path("/allegations")
@Produces(MediaType.TEXT_HTML)
public class AllegationsPage {
    private static final int PAGE = 20;

    private final AllegationService allegations;

    AllegationsPage(AllegationService allegations) {
        this.allegations = allegations;
    }

    /** {@code empty}: what to say when no allegation matches. */
    record View(String heading, String q, String incident, List<Group> groups, String nextUrl, String empty) {
    }

    /** {@code uncorroborated}: why nobody corroborates it independently; null when someone does. */
    record Group(String anchor, String title, String incidentUrl, String accused, String status, String summary,
                 List<Voice> asserting, List<Voice> denying, List<String> independent, String uncorroborated) {
    }

    /** {@code provenance}: "date inferred: ..." and the like (see {@link Words#provenance}); null when none. */
    record Voice(String sourceName, String sourceUrl, String standing, String statement, String statedOn,
                 String provenance, String figure, String claimUrl) {
    }

    @GET
    @Operation(hidden = true)
    public Response list(@RestQuery String q, @RestQuery String incident, @RestQuery("cursor") String cursor) {
        return Html.render(() -> Templates.allegations(view(blankToNull(q), blankToNull(incident), cursor)));
    }

    private View view(String q, String incident, String cursor) {
        Page<AllegationView> page = allegations.list(incident, q, cursor, PAGE);
        Map<String, String> names = Parties.load().names(page.items().stream().flatMap(a -> a.accused().stream()).toList());
        ClaimNotes notes = ClaimNotes.of(page.items().stream().flatMap(a -> Stream.concat(a.asserting().stream(),
                a.denying().stream())).map(AllegationView.Voice::claimId).toList());
        List<Group> groups = page.items().stream().map(a -> group(a, names, notes)).toList();
        String title = incident == null ? null : groups.isEmpty()
                ? IncidentService.titles(List.of(incident)).get(incident) : groups.get(0).title();
        String heading = title != null ? (groups.isEmpty() ? "Incident: " : "Allegation: ") + title
                : q != null ? "Allegations matching “" + q + "”" : "Allegations";
        String empty = title != null ? "No claim about this incident accuses anyone, so it is not an allegation."
                : "No allegation matches.";
        return new View(heading, q, incident, groups, page.nextCursor() == null ? null : next(q, incident,
                page.nextCursor()), empty);
    }

    static Group group(AllegationView a, Map<String, String> partyNames, ClaimNotes notes) {
        String accused = String.join(", ", a.accused().stream().map(s -> partyNames.getOrDefault(s, s)).toList());
        List<String> accusers = a.asserting().stream().map(AllegationView.Voice::sourceName).distinct().toList();
        String uncorroborated = !a.independentlyCorroboratedBy().isEmpty() ? null
                : accusers.size() == 1 ? "Asserted only by " + accusers.get(0) + ": no other source independent of it "
                + "confirms it."
                : "No source independent of the accusers confirms it: they speak for one side, or repeat one another.";
        return new Group(anchor(a), a.title(), a.incident() == null ? null : Links.allegation(a.incident()), accused,
                a.status().wire(), a.summary(), a.asserting().stream().map(v -> voice(v, notes)).toList(),
                a.denying().stream().map(v -> voice(v, notes)).toList(), a.independentlyCorroboratedBy(),
                uncorroborated);
    }

    private static Voice voice(AllegationView.Voice v, ClaimNotes notes) {
        Quantity q = v.quantity();
        return new Voice(v.sourceName(), Links.source(v.source()), v.standing().replace('-', ' '), v.statement(),
                v.statedOn() == null ? null : v.statedOn().toString(), notes.provenance(v.claimId()),
                q == null ? null : q.text() != null ? q.text() : Words.figure(q.low(), q.high(), q.qualifier()),
                Links.claim(v.claimId()));
    }

    static String anchor(AllegationView a) {
        List<AllegationView.Voice> voices = a.asserting().isEmpty() ? a.denying() : a.asserting();
        return a.incident() != null ? a.incident() : voices.isEmpty() ? "allegation" : "claim-" + voices.get(0).claimId();
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

package org.claimledger.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.comparison.ContestedMeasures;
import org.claimledger.comparison.ContestedPage;
import org.claimledger.comparison.ContestedView;
import org.claimledger.comparison.Outcome;
import org.claimledger.party.Parties;
import org.claimledger.corroboration.AllegationService;
import org.claimledger.incident.IncidentService;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The front page: a search box, the most contested figures, the allegations. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {
    private static final int CARDS = 12;
    private static final int INCIDENTS = 12;

    private final ContestedMeasures contested;
    private final AllegationService allegations;

    HomePage(ContestedMeasures contested, AllegationService allegations) {
        this.contested = contested;
        this.allegations = allegations;
    }

    record Card(String title, String url, String verdict, String verdictLabel, int sources, String disagreement,
                String summary) {
    }

    record Incident(String title, String url, String summary) {
    }

    @GET
    @Operation(hidden = true)
    public Response home() {
        return Html.render(() -> {
            ContestedPage ranking = contested.list(null, CARDS);
            return Templates.home(cards(ranking.items()), ranking.pending(), incidents());
        });
    }

    private List<Card> cards(List<ContestedView> items) {
        Map<String, String> names = Parties.load().names(items.stream().map(v -> v.measure().subject()).toList());
        Map<String, String> incidents = IncidentService.titles(items.stream().map(v -> v.measure().incident())
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return items.stream().map(v -> card(v, names.getOrDefault(v.measure().subject(), v.measure().subject()),
                v.measure().incident() == null ? null : incidents.get(v.measure().incident()))).toList();
    }

    private static Card card(ContestedView v, String subjectName, String incidentTitle) {
        return new Card(Words.measure(v.measure(), subjectName, incidentTitle), Links.compare(v.measure()),
                v.verdict().wire(),
                Verdicts.label(v.verdict()), v.sources().size(),
                gap(v), v.summary());
    }

    /** "1.49× apart"; for a residual, how many times the highest figure sources give for the extra part. */
    private static String gap(ContestedView v) {
        if (v.disagreement() == null) {
            return null;
        }
        String times = Verdicts.times(v.disagreement());
        return v.verdict() == Outcome.Verdict.CONFLICTING ? times + " apart"
                : "needs " + times + " the highest figure sources give";
    }

    /** The first allegations by incident: one bounded page, incidents come first. */
    private List<Incident> incidents() {
        return allegations.list(null, null, null, INCIDENTS).items().stream().filter(a -> a.incident() != null)
                .map(a -> new Incident(a.title(), Links.allegation(a.incident()), a.summary())).toList();
    }
}

package org.claimledger.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.comparison.ComparisonQuery;
import org.claimledger.comparison.ComparisonService;
import org.claimledger.comparison.ComparisonView;
import org.claimledger.comparison.Measure;
import org.claimledger.comparison.TimelineView;
import org.claimledger.party.Parties;
import org.claimledger.party.PartyService;
import org.claimledger.party.PartyView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Map;

/** One measure, every source's figure: the rows, the interval chart, the verdict and gap in words, the timeline. */
@Path("/compare")
@Produces(MediaType.TEXT_HTML)
public class ComparePage {
    private final ComparisonService comparisons;
    private final SourceDirectory sources;
    private final PartyService parties;

    ComparePage(ComparisonService comparisons, SourceDirectory sources, PartyService parties) {
        this.comparisons = comparisons;
        this.sources = sources;
        this.parties = parties;
    }

    @GET
    @Operation(hidden = true)
    public Response compare(@RestQuery String subject, @RestQuery String population, @RestQuery String metric,
                            @RestQuery String equipment, @RestQuery String object, @RestQuery String incident,
                            @RestQuery String from, @RestQuery String asOf, @RestQuery String tolerance,
                            @RestQuery String maxDaysApart) {
        MeasureForm form = MeasureForm.of(subject, population, metric, equipment, object, incident, from, asOf,
                tolerance, maxDaysApart);
        return Html.render(() -> {
            ComparisonQuery query = form.query();
            // without a subject and a metric there is nothing to compare yet: show the form alone
            ComparisonSheet sheet = query.subject == null || query.metric == null ? null : sheet(query);
            List<PartyView> all = parties.list(null, 1000).items();
            return Templates.compare(sheet, form, form.subjects(all), form.populations(), form.metrics(),
                    form.equipments());
        });
    }

    /** The comparison and the timeline come from the comparison cache; a miss reads the measure's candidates. */
    private ComparisonSheet sheet(ComparisonQuery query) {
        ComparisonView comparison = comparisons.compare(query);
        TimelineView timeline = comparisons.timeline(query);
        Parties parties = Parties.load();
        Measure measure = comparison.measure();
        ClaimNotes notes = ClaimNotes.withIncidents(ComparisonSheet.claimIds(comparison, timeline), measure.incident());
        String title = Words.measure(measure, parties.require(measure.subject(), "subject").name,
                measure.incident() == null ? null : notes.incidentTitle(measure.incident()));
        Map<String, String> names = sources.names(comparison.notComparable().stream()
                .map(ComparisonView.ExcludedView::source).toList());
        return ComparisonSheet.of(title, comparison, timeline, names, parties::name, notes);
    }
}

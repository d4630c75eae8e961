package org.claimledger.comparison;

import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The measure to compare, and the moment to compare it at. */
public class ComparisonQuery {
    @RestQuery("subject") @Parameter(description = "Slug of the party whose losses are counted (required)",
            example = "armenia", required = true)
    public String subject;
    @RestQuery("population") @Parameter(description = "military, civilian or all; omit for equipment and things")
    public Population population;
    @RestQuery("metric") @Parameter(description = "What is counted (required)", example = "killed", required = true)
    public Metric metric;
    @RestQuery("equipment")
    public Equipment equipment;
    @RestQuery("object") @Parameter(description = "Slug of another counted thing, e.g. private-house")
    public String object;
    @RestQuery("incident") @Parameter(description = "Incident slug", example = "barda-2020-10-28")
    public String incident;
    @RestQuery("from") @Parameter(description = "Start of the period; omit for the conflict so far")
    public LocalDate from;
    @RestQuery("asOf") @Parameter(description = "Only what each source had said by this date")
    public LocalDate asOf;
    @RestQuery("knownAt") @Parameter(description = "Answer from the database as it was at this moment (ISO 8601)")
    public OffsetDateTime knownAt;
    @RestQuery("tolerance") @Parameter(description = "How far 'about n' reaches, as a fraction (default 0.1)")
    public Double tolerance;
    @RestQuery("maxDaysApart") @Parameter(description = "For a count that can rise and fall (deployed, displaced, "
            + "missing, captured...; see GET /api/v1/metrics), figures dated more than this many days apart are "
            + "reported as time-separated rather than conflicting (0 to 3650, default 30)", example = "30")
    public Integer maxDaysApart;

    /** The query for a measure as it stands, with no date, moment or tolerance of its own. */
    static ComparisonQuery of(Measure m) {
        ComparisonQuery q = new ComparisonQuery();
        q.subject = m.subject();
        q.population = m.population();
        q.metric = m.metric();
        q.equipment = m.equipment();
        q.object = m.object();
        q.incident = m.incident();
        q.from = m.from();
        return q;
    }

    /** The same question about another party: what sources say of the others a broader figure counts. */
    ComparisonQuery about(String party) {
        ComparisonQuery q = of(measure().withSubject(party));
        q.asOf = asOf;
        q.knownAt = knownAt;
        return q;
    }

    public Measure measure() {
        return new Measure(subject, population, metric, equipment, object, incident, from);
    }
}

package org.claimledger.comparison;

import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * What makes figures comparable: whose losses (subject, with the parties it includes), which people,
 * what is counted (metric, equipment type, other object), where (incident) and over which period
 * ({@code from}: null for the conflict so far).
 */
public record Measure(String subject, Population population, Metric metric,
                      @Schema(nullable = true) Equipment equipment, @Schema(nullable = true) String object,
                      @Schema(nullable = true) String incident, @Schema(nullable = true) LocalDate from) {

    /** The measure as query parameters (URL-encoded), the same for the API and the pages. */
    public String query() {
        java.util.StringJoiner params = new java.util.StringJoiner("&");
        add(params, "subject", subject);
        add(params, "population", population == null ? null : population.wire());
        add(params, "metric", metric == null ? null : metric.wire());
        add(params, "equipment", equipment == null ? null : equipment.wire());
        add(params, "object", object);
        add(params, "incident", incident);
        add(params, "from", from == null ? null : from.toString());
        return params.toString();
    }

    private static void add(java.util.StringJoiner params, String name, String value) {
        if (value != null) {
            params.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The same measure for another party: what sources say about the others a broader figure counts. */
    public Measure withSubject(String party) {
        return new Measure(party, population, metric, equipment, object, incident, from);
    }
}

package org.claimledger.web;

import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.WireEnum;
import org.claimledger.comparison.ComparisonQuery;
import org.claimledger.party.PartyView;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The comparison page's query string, read the way GET /api/v1/comparisons reads it, and the form
 * that lets a reader change the measure. Bad values become a 400 page, not a JSON problem.
 */
record MeasureForm(String subject, String population, String metric, String equipment, String object,
                   String incident, String from, String asOf, String tolerance, String maxDaysApart) {

    record Option(String value, String label, boolean selected) {
    }

    static MeasureForm of(String subject, String population, String metric, String equipment, String object,
                          String incident, String from, String asOf, String tolerance, String maxDaysApart) {
        return new MeasureForm(blank(subject), blank(population), blank(metric), blank(equipment), blank(object),
                blank(incident), blank(from), blank(asOf), blank(tolerance), blank(maxDaysApart));
    }

    ComparisonQuery query() {
        ComparisonQuery q = new ComparisonQuery();
        q.subject = subject;
        q.population = population == null ? null : WireEnum.parse(Population.class, population, "population");
        q.metric = metric == null ? null : WireEnum.parse(Metric.class, metric, "metric");
        q.equipment = equipment == null ? null : WireEnum.parse(Equipment.class, equipment, "equipment");
        q.object = object;
        q.incident = incident;
        q.from = date(from, "from");
        q.asOf = date(asOf, "asOf");
        q.tolerance = number(tolerance);
        q.maxDaysApart = days(maxDaysApart);
        return q;
    }

    List<Option> subjects(List<PartyView> parties) {
        List<Option> options = new ArrayList<>();
        parties.forEach(p -> options.add(new Option(p.slug(), p.name(), p.slug().equals(subject))));
        return options;
    }

    List<Option> populations() {
        return options(Population.values(), population, "any (equipment, things)");
    }

    List<Option> metrics() {
        return options(Metric.values(), metric, null);
    }

    List<Option> equipments() {
        return options(Equipment.values(), equipment, "none (people)");
    }

    private static List<Option> options(WireEnum[] values, String selected, String none) {
        List<Option> options = new ArrayList<>();
        if (none != null) {
            options.add(new Option("", none, selected == null));
        }
        Arrays.stream(values).forEach(v -> options.add(new Option(v.wire(), Words.of(v), v.wire().equals(selected))));
        return options;
    }

    private static LocalDate date(String value, String field) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be a date such as 2020-11-10");
        }
    }

    private static Double number(String value) {
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("tolerance", "must be a number such as 0.1");
        }
    }

    private static Integer days(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("maxDaysApart", "must be a whole number of days such as 30");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

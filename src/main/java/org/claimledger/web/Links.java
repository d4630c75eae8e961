package org.claimledger.web;

import org.claimledger.common.WireEnum;
import org.claimledger.comparison.Measure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.UUID;

/** The pages' stable addresses: every link a journalist can copy and share. */
final class Links {
    private Links() {
    }

    static String claim(UUID id) {
        return "/claims/" + id;
    }

    static String source(String slug) {
        return "/sources/" + encode(slug);
    }

    static String allegation(String incident) {
        return "/allegations?incident=" + encode(incident);
    }

    static String search(String q) {
        return "/search?q=" + encode(q);
    }

    /** The comparison page of a measure, with the same parameters as GET /api/v1/comparisons. */
    static String compare(Measure m) {
        return "/compare?" + query(m);
    }

    static String apiCompare(Measure m) {
        return "/api/v1/comparisons?" + query(m);
    }

    private static String query(Measure m) {
        StringJoiner params = new StringJoiner("&");
        add(params, "subject", m.subject());
        add(params, "population", wire(m.population()));
        add(params, "metric", wire(m.metric()));
        add(params, "equipment", wire(m.equipment()));
        add(params, "object", m.object());
        add(params, "incident", m.incident());
        add(params, "from", m.from() == null ? null : m.from().toString());
        return params.toString();
    }

    private static void add(StringJoiner params, String name, String value) {
        if (value != null) {
            params.add(name + "=" + encode(value));
        }
    }

    private static String wire(WireEnum value) {
        return value == null ? null : value.wire();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

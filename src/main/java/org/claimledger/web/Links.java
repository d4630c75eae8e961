package org.claimledger.web;

import org.claimledger.comparison.Measure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
        return "/compare?" + m.query();
    }

    static String apiCompare(Measure m) {
        return "/api/v1/comparisons?" + m.query();
    }


    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

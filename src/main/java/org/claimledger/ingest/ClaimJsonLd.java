package org.claimledger.ingest;

import org.claimledger.claim.Citation;
import org.claimledger.claim.ClaimView;
import org.claimledger.claim.Provenance;
import org.claimledger.claim.Quantity;
import org.claimledger.source.SourceView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A claim as a schema.org Claim: its author, its date, and the documents where it appears. */
final class ClaimJsonLd {
    private ClaimJsonLd() {
    }

    static Map<String, Object> of(ClaimView c, SourceView source, String base) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("@id", base + "/api/v1/claims/" + c.id());
        claim.put("identifier", c.id().toString());
        claim.put("text", c.statement());
        claim.put("author", author(source, base));
        claim.put("datePublished", c.statedOn().toString());
        if (c.from() != null || c.asOf() != null) {
            claim.put("temporalCoverage", (c.from() == null ? ".." : c.from().toString()) + "/"
                    + (c.asOf() == null ? ".." : c.asOf().toString()));
        }
        if (c.location() != null) {
            claim.put("spatialCoverage", Map.of("@type", "Place", "name", c.location()));
        }
        claim.put("appearance", c.citations().stream().map(ClaimJsonLd::appearance).toList());
        claim.put("additionalProperty", properties(c));
        return claim;
    }

    private static Map<String, Object> author(SourceView s, String base) {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", switch (s.kind()) {
            case INDIVIDUAL -> "Person";
            case GOVERNMENT, MILITARY -> "GovernmentOrganization";
            case NGO -> "NGO";
            case MEDIA -> "NewsMediaOrganization";
            default -> "Organization";
        });
        author.put("@id", base + "/api/v1/sources/" + s.slug());
        author.put("identifier", s.slug());
        author.put("name", s.name());
        if (s.homepage() != null) {
            author.put("url", s.homepage());
        }
        return author;
    }

    private static Map<String, Object> appearance(Citation c) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        putIf(work, "name", c.title());
        putIf(work, "url", c.url());
        if (c.publisher() != null) {
            work.put("publisher", Map.of("@type", "Organization", "name", c.publisher()));
        }
        putIf(work, "datePublished", c.publishedOn() == null ? null : c.publishedOn().toString());
        putIf(work, "identifier", c.reference());
        putIf(work, "text", c.quote());
        return work;
    }

    private static List<Map<String, Object>> properties(ClaimView c) {
        List<Map<String, Object>> props = new ArrayList<>();
        property(props, "category", c.category().wire());
        property(props, "subject", c.subject());
        property(props, "population", c.population() == null ? null : c.population().wire());
        property(props, "metric", c.metric().wire());
        property(props, "equipment", c.equipment() == null ? null : c.equipment().wire());
        property(props, "incident", c.incident());
        property(props, "stance", c.stance().wire());
        property(props, "perpetrator", c.perpetrator());
        provenance(props, c.provenance());
        Quantity q = c.quantity();
        if (q != null) {
            Map<String, Object> quantity = new LinkedHashMap<>();
            quantity.put("@type", "PropertyValue");
            quantity.put("name", "quantity");
            putIf(quantity, "minValue", q.low());
            putIf(quantity, "maxValue", q.high());
            quantity.put("valueReference", q.qualifier().wire());
            putIf(quantity, "description", q.text());
            props.add(quantity);
        }
        return props;
    }

    /**
     * Whether datePublished and author are in the cited text: "dated" is cited or inferred (its
     * description says from what), "attribution" explicit, inferred (its description says why) or
     * document, and "attributedAs" quotes the words that name the speaker.
     */
    private static void provenance(List<Map<String, Object>> props, Provenance p) {
        props.add(described("dated", p.dated().wire(), p.datedFrom()));
        props.add(described("attribution", p.attribution().wire(), p.attributionBasis()));
        property(props, "attributedAs", p.attributedAs());
    }

    private static Map<String, Object> described(String name, String value, String description) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("@type", "PropertyValue");
        property.put("name", name);
        property.put("value", value);
        putIf(property, "description", description);
        return property;
    }

    private static void property(List<Map<String, Object>> props, String name, String value) {
        if (value != null) {
            props.add(Map.of("@type", "PropertyValue", "name", name, "value", value));
        }
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}

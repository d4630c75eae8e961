package org.claimledger.web;

import org.claimledger.claim.Citation;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimStatus;
import org.claimledger.claim.Provenance;
import org.claimledger.comparison.Measure;
import org.claimledger.corroboration.CorroborationView;
import org.claimledger.incident.IncidentService;
import org.claimledger.revision.RevisionView;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the claim page shows: the claim, where to check it, how it stands against the claims linked to it. */
record ClaimSheet(String statement, String sourceName, String sourceUrl, String attribution, String statedOn,
                  String figure,
                  List<Fact> facts, String note, String retraction, List<Source> citations, String status,
                  String rule, List<Voice> independent, List<Voice> dependent, List<Voice> contradicting,
                  List<Voice> denying, List<ClaimLinks.Group> links, List<Revision> revisions, String compareUrl,
                  String apiUrl) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    record Fact(String term, String value, String url) {
    }

    /** A citation: the document, its reference label, and the sentence quoted from it. */
    record Source(String title, String url, String publisher, String publishedOn, String reference, String quote) {
    }

    /** Another claim in the corroboration assessment; {@code why} says why a confirmation does not count. */
    record Voice(String sourceName, String claimUrl, String why) {
    }

    record Revision(int number, String recordedAt, String recordedBy, String reason) {
    }

    static ClaimSheet of(Claim c, CorroborationView corroboration, List<ClaimLinks.Group> links,
                         List<RevisionView> revisions) {
        Provenance provenance = c.provenance();
        return new ClaimSheet(c.statement, c.source.name, Links.source(c.source.slug),
                Words.attribution(provenance), Words.statedOn(c.statedOn, provenance),
                c.qualifier == null ? null : figure(c), facts(c), c.note,
                c.status == ClaimStatus.RETRACTED ? c.retractionReason : null,
                c.citations.stream().map(ClaimSheet::source).toList(), corroboration.status().wire(),
                reason(corroboration), voices(corroboration.independent()),
                corroboration.dependent().stream().map(d -> new Voice(d.sourceName(), Links.claim(d.claimId()),
                        d.reason())).toList(),
                voices(corroboration.contradicting()), voices(corroboration.denying()), links,
                revisions.stream().map(r -> new Revision(r.revision(), r.recordedAt() == null ? ""
                        : WHEN.format(r.recordedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC)),
                        r.recordedBy(), r.reason())).toList(),
                compareUrl(c), "/api/v1/claims/" + c.publicId);
    }

    /** The rule without its leading "contested: ", which the status badge already says. */
    static String reason(CorroborationView corroboration) {
        String prefix = corroboration.status().wire() + ": ";
        String rule = corroboration.rule().startsWith(prefix) ? corroboration.rule().substring(prefix.length())
                : corroboration.rule();
        return rule.isEmpty() ? rule : Character.toUpperCase(rule.charAt(0)) + rule.substring(1) + ".";
    }

    private static String figure(Claim c) {
        String bounded = Words.figure(c.low, c.high, c.qualifier);
        return c.quantityText == null || c.quantityText.equals(bounded) ? bounded
                : "“" + c.quantityText + "” (" + bounded + ")";
    }

    private static List<Fact> facts(Claim c) {
        List<Fact> facts = new ArrayList<>();
        add(facts, "Category", Words.of(c.category), null);
        add(facts, "Whose losses", c.subject == null ? null : c.subject.name, null);
        add(facts, "Also counts", c.alsoCounts.length == 0 ? null : String.join(", ", c.alsoCounts), null);
        add(facts, "Whose people", Words.of(c.population), null);
        add(facts, "What happened", Words.of(c.metric), null);
        add(facts, "Equipment", Words.of(c.equipment), null);
        add(facts, "Counted thing", c.object, null);
        add(facts, "Incident", c.incident == null ? null : IncidentService.titles(List.of(c.incident))
                .getOrDefault(c.incident, c.incident), c.incident == null ? null : Links.allegation(c.incident));
        add(facts, "Location", c.location, null);
        add(facts, "Period", c.periodFrom == null && c.asOf == null ? null
                : (c.periodFrom == null ? "start of the war" : c.periodFrom) + " to "
                + (c.asOf == null ? "the date stated" : c.asOf), null);
        add(facts, "Stance", Words.of(c.stance), null);
        add(facts, "Accused", c.perpetrator == null ? null : c.perpetrator.name, null);
        Provenance p = c.provenance();
        add(facts, "Date", p.dateInferred() ? "inferred by the curator: " + p.datedFrom()
                : "as the cited text gives it", null);
        add(facts, "Attribution", attribution(p, c.source.name), null);
        add(facts, "Dataset key", c.externalKey, null);
        add(facts, "Status", Words.of(c.status), null);
        return facts;
    }

    private static String attribution(Provenance p, String sourceName) {
        String words = p.attributedAs() == null ? "" : " (the text says “" + p.attributedAs() + "”)";
        return switch (p.attribution()) {
            case EXPLICIT -> "named in the cited text" + words;
            case INFERRED -> "inferred by the curator" + words + ": " + p.attributionBasis();
            case DOCUMENT -> sourceName + " states it in its own voice, attributing it to no one";
        };
    }

    private static void add(List<Fact> facts, String term, Object value, String url) {
        if (value != null && !value.toString().isEmpty()) {
            facts.add(new Fact(term, value.toString(), url));
        }
    }

    private static Source source(Citation c) {
        return new Source(c.title() == null ? c.url() : c.title(), c.url(), c.publisher(),
                c.publishedOn() == null ? null : c.publishedOn().toString(), c.reference(), c.quote());
    }

    private static List<Voice> voices(List<CorroborationView.Source> sources) {
        return sources.stream().map(s -> new Voice(s.sourceName(), Links.claim(s.claimId()), null)).toList();
    }

    /** The comparison this claim's figure takes part in; null when it has no figure to compare. */
    private static String compareUrl(Claim c) {
        if (c.qualifier == null || c.subject == null || c.metric == null) {
            return null;
        }
        return Links.compare(new Measure(c.subject.slug, c.equipment == null ? c.population : null, c.metric,
                c.equipment, c.object, c.incident, c.periodFrom));
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new org.claimledger.common.NotFound("claim", id);
        }
    }
}

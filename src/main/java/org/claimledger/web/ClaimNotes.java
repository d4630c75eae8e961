package org.claimledger.web;

import org.claimledger.claim.Attribution;
import org.claimledger.claim.Claim;
import org.claimledger.claim.Dating;
import org.claimledger.claim.Provenance;
import org.claimledger.incident.IncidentService;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a page says beside a figure it lists about where the figure's date and speaker come from
 * ("date inferred: ...", "attributed by inference: ..."), for all the figures of a page in one query; and,
 * where a page asks, the titles of the incidents they are about in one more.
 */
final class ClaimNotes {
    private static final ClaimNotes NONE = new ClaimNotes(Map.of(), Map.of());

    private final Map<UUID, Noted> claims;
    private final Map<String, String> incidentTitles;

    private ClaimNotes(Map<UUID, Noted> claims, Map<String, String> incidentTitles) {
        this.claims = claims;
        this.incidentTitles = incidentTitles;
    }

    /** The columns of a claim these notes read. */
    record Noted(UUID publicId, Dating dated, String datedFrom, Attribution attribution, String attributedAs,
                 String attributionBasis, String incident) {
        Provenance provenance() {
            return new Provenance(dated, datedFrom, attribution, attributedAs, attributionBasis).normalized();
        }
    }

    /** The notes of these claims, in one query. */
    static ClaimNotes of(Collection<UUID> claimIds) {
        return new ClaimNotes(read(claimIds), Map.of());
    }

    /** The notes of these claims, and the titles of their incidents and of {@code alsoIncident} (may be null). */
    static ClaimNotes withIncidents(Collection<UUID> claimIds, String alsoIncident) {
        Map<UUID, Noted> claims = read(claimIds);
        Set<String> incidents = new HashSet<>();
        claims.values().stream().map(Noted::incident).filter(Objects::nonNull).forEach(incidents::add);
        if (alsoIncident != null) {
            incidents.add(alsoIncident);
        }
        return claims.isEmpty() && incidents.isEmpty() ? NONE
                : new ClaimNotes(claims, IncidentService.titles(incidents));
    }

    private static Map<UUID, Noted> read(Collection<UUID> claimIds) {
        List<UUID> ids = claimIds.stream().distinct().toList();
        Map<UUID, Noted> claims = new HashMap<>();
        if (!ids.isEmpty()) {
            Claim.find("publicId in ?1", ids).project(Noted.class).stream()
                    .forEach(n -> claims.put(((Noted) n).publicId(), (Noted) n));
        }
        return claims;
    }

    /** "date inferred: ...; attributed by inference: ...", or null when the cited text dates and names it. */
    String provenance(UUID claimId) {
        Noted n = claims.get(claimId);
        return n == null ? null : Words.provenance(n.provenance());
    }

    /** An incident's title; null if it has none. */
    String incidentTitle(String slug) {
        return incidentTitles.get(slug);
    }

    /** A reason the comparison gives ("is about incident barda-2020-10-28") with the incident's title for its slug. */
    String withIncidentTitles(String reason) {
        String result = reason;
        for (Map.Entry<String, String> e : incidentTitles.entrySet()) {
            result = result.replace("incident " + e.getKey(), "the incident “" + e.getValue() + "”");
        }
        return result;
    }
}

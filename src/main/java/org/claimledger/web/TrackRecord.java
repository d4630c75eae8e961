package org.claimledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.claimledger.common.SqlValues;
import org.claimledger.corroboration.Corroboration.Assessment;
import org.claimledger.corroboration.Corroboration.Status;
import org.claimledger.corroboration.CorroborationService;
import org.claimledger.source.Source;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a source's claims fare, by the same corroboration rule as GET /api/v1/claims/{id}/corroboration:
 * how many were confirmed independently, contradicted, denied, or rest on the source alone. Computed
 * set-based, in a fixed number of queries; a source with more than {@link #COUNTED} active claims is
 * judged on its most recently recorded ones, and the page says so.
 */
@ApplicationScoped
class TrackRecord {
    static final int COUNTED = 5_000;

    private final CorroborationService corroborations;
    private final EntityManager em;

    TrackRecord(CorroborationService corroborations, EntityManager em) {
        this.corroborations = corroborations;
        this.em = em;
    }

    /**
     * Each counted claim's status; {@code contradicted}: claims with at least one contradicting claim,
     * whatever their status; {@code total}: the source's active claims, counted or not.
     */
    record Tally(Map<UUID, Status> statuses, Map<Status, Integer> counts, int contradicted, long total) {
        int counted() {
            return statuses.size();
        }

        int count(Status status) {
            return counts.getOrDefault(status, 0);
        }
    }

    Tally of(Source source) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM claim WHERE source_id = :source"
                + " AND status = 'active'").setParameter("source", source.id).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM claim WHERE source_id = :source AND status = 'active'"
                        + " ORDER BY id DESC LIMIT :counted")
                .setParameter("source", source.id).setParameter("counted", COUNTED).getResultList();
        Map<UUID, Status> statuses = new HashMap<>();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int contradicted = 0;
        for (var e : corroborations.assess(ids.stream().map(SqlValues::number).toList()).entrySet()) {
            statuses.put(e.getKey(), e.getValue().status());
            counts.merge(e.getValue().status(), 1, Integer::sum);
            contradicted += e.getValue().contradicting().isEmpty() ? 0 : 1;
        }
        return new Tally(Map.copyOf(statuses), counts, contradicted, total);
    }

    /** The status of each of these claims: from the tally where it was counted, else assessed now. */
    Map<UUID, Status> statuses(Tally tally, Collection<UUID> claims) {
        Map<UUID, Status> statuses = new HashMap<>();
        List<UUID> missing = claims.stream().filter(id -> !tally.statuses().containsKey(id)).toList();
        Map<UUID, Assessment> assessed = corroborations.assessByPublicId(missing);
        for (UUID id : claims) {
            Status status = tally.statuses().containsKey(id) ? tally.statuses().get(id)
                    : assessed.containsKey(id) ? assessed.get(id).status() : null;
            if (status != null) {
                statuses.put(id, status);
            }
        }
        return statuses;
    }

    /** "3 of its 11 claims were corroborated independently; 5 were contradicted by another claim." */
    static String summary(Tally t) {
        if (t.total() == 0) {
            return "It has no active claims.";
        }
        String of = t.counted() < t.total()
                ? "Of its " + t.counted() + " most recently recorded claims (it has " + t.total() + "), "
                + t.count(Status.CORROBORATED)
                : t.count(Status.CORROBORATED) + " of its " + t.total() + (t.total() == 1 ? " claim" : " claims");
        return of + " " + (t.count(Status.CORROBORATED) == 1 ? "was" : "were")
                + " corroborated independently; " + t.contradicted() + (t.contradicted() == 1 ? " was" : " were")
                + " contradicted by another claim; " + t.count(Status.DENIED)
                + (t.count(Status.DENIED) == 1 ? " was" : " were") + " denied.";
    }

    static List<Status> order() {
        return List.of(Status.CORROBORATED, Status.CONTESTED, Status.DENIED, Status.SINGLE_SOURCE);
    }
}

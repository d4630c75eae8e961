package org.claimledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.claimledger.claim.ClaimFilter;
import org.claimledger.claim.ClaimService;
import org.claimledger.claim.ClaimView;
import org.claimledger.common.Page;
import org.claimledger.corroboration.Corroboration.Status;
import org.claimledger.corroboration.CorroborationService;
import org.claimledger.corroboration.CorroborationView;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a source's claims fare, by the same corroboration rule as GET /api/v1/claims/{id}/corroboration:
 * how many were confirmed independently, contradicted, denied, or rest on the source alone.
 */
@ApplicationScoped
class TrackRecord {
    private static final int PAGE = 1000;

    private final ClaimService claims;
    private final CorroborationService corroborations;

    TrackRecord(ClaimService claims, CorroborationService corroborations) {
        this.claims = claims;
        this.corroborations = corroborations;
    }

    /** Each claim's status; {@code contradicted}: claims with at least one contradicting claim, whatever their status. */
    record Tally(Map<UUID, Status> statuses, Map<Status, Integer> counts, int contradicted) {
        int total() {
            return statuses.size();
        }

        int count(Status status) {
            return counts.getOrDefault(status, 0);
        }
    }

    Tally of(String source) {
        ClaimFilter filter = new ClaimFilter();
        filter.source = source;
        Map<UUID, Status> statuses = new HashMap<>();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int contradicted = 0;
        String cursor = null;
        do {
            Page<ClaimView> page = claims.list(filter, cursor, PAGE);
            for (ClaimView claim : page.items()) {
                CorroborationView view = corroborations.of(claim.id());
                statuses.put(claim.id(), view.status());
                counts.merge(view.status(), 1, Integer::sum);
                contradicted += view.contradicting().isEmpty() ? 0 : 1;
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return new Tally(Map.copyOf(statuses), counts, contradicted);
    }

    /** "3 of its 11 claims were corroborated independently; 5 were contradicted by another claim." */
    static String summary(Tally t) {
        if (t.total() == 0) {
            return "It has no active claims.";
        }
        return t.count(Status.CORROBORATED) + " of its " + t.total() + (t.total() == 1 ? " claim " : " claims ")
                + (t.count(Status.CORROBORATED) == 1 ? "was" : "were") + " corroborated independently; "
                + t.contradicted() + (t.contradicted() == 1 ? " was" : " were") + " contradicted by another claim; "
                + t.count(Status.DENIED) + (t.count(Status.DENIED) == 1 ? " was" : " were") + " denied.";
    }

    static List<Status> order() {
        return List.of(Status.CORROBORATED, Status.CONTESTED, Status.DENIED, Status.SINGLE_SOURCE);
    }
}

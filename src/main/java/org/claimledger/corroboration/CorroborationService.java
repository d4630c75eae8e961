package org.claimledger.corroboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.claimledger.claim.Claim;
import org.claimledger.claim.ClaimService;
import org.claimledger.common.SqlValues;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Assesses claims against the claims linked to them, by the one rule of {@link Corroboration}; shared by
 * the API, the claim pages and the source track records.
 */
@ApplicationScoped
public class CorroborationService {
    private final ClaimService claims;
    private final LinkGraph graph;
    private final EntityManager em;

    CorroborationService(ClaimService claims, LinkGraph graph, EntityManager em) {
        this.claims = claims;
        this.graph = graph;
        this.em = em;
    }

    public CorroborationView of(UUID id) {
        return of(claims.get(id));
    }

    public CorroborationView of(Claim claim) {
        LinkGraph.Graph g = graph.around(claim.id);
        return CorroborationView.of(claim.publicId, Corroboration.assess(g.seeds().get(claim.id), g.nodes(), g.index()));
    }

    /**
     * The assessment of each of these claims (row ids), as {@link #of(Claim)} gives it one by one, in a
     * fixed number of queries however many there are. Keyed by claim id, in the order given.
     */
    public Map<UUID, Corroboration.Assessment> assess(Collection<Long> claimIds) {
        LinkGraph.Graph g = graph.around(claimIds);
        Corroboration.Edges edges = g.index();
        Map<UUID, Map<UUID, List<UUID>>> upstream = new HashMap<>();
        Map<UUID, Corroboration.Assessment> assessed = new LinkedHashMap<>();
        for (Long id : claimIds) {
            Corroboration.Node claim = g.seeds().get(id);
            if (claim != null && !assessed.containsKey(claim.id())) {
                assessed.put(claim.id(), Corroboration.assess(claim, g.nodes(), edges, List.of(), upstream));
            }
        }
        return assessed;
    }

    /** The same as {@link #assess(Collection)}, for claims named by their public ids. */
    public Map<UUID, Corroboration.Assessment> assessByPublicId(Collection<UUID> publicIds) {
        if (publicIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM claim WHERE public_id = ANY(CAST(:ids AS uuid[]))")
                .setParameter("ids", publicIds.toArray(UUID[]::new)).getResultList();
        return assess(ids.stream().map(SqlValues::number).toList());
    }
}

package org.claimledger.corroboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.claimledger.common.SqlValues;
import org.claimledger.comparison.Parties;
import org.claimledger.link.LinkType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The claims linked to a claim, a few links deep, with the sides their sources speak for. */
@ApplicationScoped
class LinkGraph {
    /** Far enough for any derived-from chain people write down; keeps one request bounded. */
    private static final int DEPTH = 6;

    private final EntityManager em;

    LinkGraph(EntityManager em) {
        this.em = em;
    }

    record Graph(Map<UUID, Corroboration.Node> nodes, List<Corroboration.Edge> edges) {
    }

    Graph around(long claimId) {
        @SuppressWarnings("unchecked")
        List<Object[]> links = em.createNativeQuery("WITH RECURSIVE reach(id, depth) AS ("
                        + " SELECT CAST(:id AS bigint), 0"
                        + " UNION SELECT CASE WHEN l.from_claim_id = r.id THEN l.to_claim_id ELSE l.from_claim_id END,"
                        + " r.depth + 1 FROM reach r JOIN claim_link l ON (l.from_claim_id = r.id OR l.to_claim_id = r.id)"
                        + " AND l.status = 'active' WHERE r.depth < :depth)"
                        + " SELECT DISTINCT l.from_claim_id, l.to_claim_id, l.type FROM claim_link l"
                        + " WHERE l.status = 'active' AND l.from_claim_id IN (SELECT id FROM reach)"
                        + " AND l.to_claim_id IN (SELECT id FROM reach)")
                .setParameter("id", claimId).setParameter("depth", DEPTH).getResultList();
        Map<Long, Corroboration.Node> byId = nodes(claimId, links);
        Map<UUID, Corroboration.Node> nodes = new HashMap<>();
        byId.values().forEach(n -> nodes.put(n.id(), n));
        List<Corroboration.Edge> edges = links.stream().map(r -> new Corroboration.Edge(
                byId.get(((Number) r[0]).longValue()).id(), byId.get(((Number) r[1]).longValue()).id(),
                SqlValues.word(LinkType.class, r[2]))).toList();
        return new Graph(nodes, edges);
    }

    private Map<Long, Corroboration.Node> nodes(long claimId, List<Object[]> links) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        ids.add(claimId);
        links.forEach(r -> {
            ids.add(((Number) r[0]).longValue());
            ids.add(((Number) r[1]).longValue());
        });
        Parties parties = Parties.load();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.public_id, s.slug, s.name, s.party_id FROM claim c"
                        + " JOIN source s ON s.id = c.source_id WHERE c.id = ANY(CAST(:ids AS bigint[]))")
                .setParameter("ids", ids.toArray(Long[]::new)).getResultList();
        Map<Long, Corroboration.Node> byId = new HashMap<>();
        rows.forEach(r -> byId.put(((Number) r[0]).longValue(),
                new Corroboration.Node((UUID) r[1], (String) r[2], (String) r[3],
                        parties.sideOf(r[4] == null ? null : parties.byId(((Number) r[4]).longValue())))));
        return byId;
    }
}

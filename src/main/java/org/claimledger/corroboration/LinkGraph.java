package org.claimledger.corroboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.claimledger.common.Row;
import org.claimledger.link.LinkType;
import org.claimledger.source.SourceKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the corroboration rule needs to assess some claims, in three queries whatever their number:
 * every active link of each claim, every derived-from chain that starts at one of them or at a claim
 * linked to one (followed to its end), and each claim's source and side.
 */
@ApplicationScoped
class LinkGraph {
    private static final String LINKS = "WITH RECURSIVE direct AS ("
            + " SELECT l.from_claim_id AS f, l.to_claim_id AS t, l.type FROM claim_link l"
            + " WHERE l.status = 'active' AND l.from_claim_id = ANY(CAST(:ids AS bigint[]))"
            + " UNION SELECT l.from_claim_id, l.to_claim_id, l.type FROM claim_link l"
            + " WHERE l.status = 'active' AND l.to_claim_id = ANY(CAST(:ids AS bigint[]))),"
            // the derived-from links out of the seeds and their neighbours, then out of the claims those
            // repeat, and so on: link by link, so each claim of a chain is looked up once, through the
            // index on from_claim_id; UNION (not UNION ALL) keeps each link once, so a chain of any
            // length, or a cycle, ends
            + " repeats(f, t) AS (SELECT l.from_claim_id, l.to_claim_id FROM claim_link l"
            + " WHERE l.from_claim_id IN (SELECT unnest(CAST(:ids AS bigint[])) UNION SELECT f FROM direct"
            + " UNION SELECT t FROM direct) AND l.type = 'derived-from' AND l.status = 'active'"
            + " UNION SELECT l.from_claim_id, l.to_claim_id FROM repeats r JOIN claim_link l ON l.from_claim_id = r.t"
            + " AND l.type = 'derived-from' AND l.status = 'active')"
            + " SELECT f, t, type FROM direct UNION SELECT f, t, 'derived-from' FROM repeats"
            // in the order the links' claims were recorded, so the rule names confirming sources in a stable order
            + " ORDER BY 1, 2, 3";

    private final EntityManager em;

    LinkGraph(EntityManager em) {
        this.em = em;
    }

    /** The graph, and the node of each seed claim by its row id. */
    record Graph(Map<UUID, Corroboration.Node> nodes, List<Corroboration.Edge> edges,
                 Map<Long, Corroboration.Node> seeds) {
        Corroboration.Edges index() {
            return Corroboration.Edges.of(edges);
        }
    }

    Graph around(long claimId) {
        return around(List.of(claimId));
    }

    Graph around(Collection<Long> claimIds) {
        Long[] seeds = claimIds.stream().distinct().toArray(Long[]::new);
        if (seeds.length == 0) {
            return new Graph(Map.of(), List.of(), Map.of());
        }
        List<Row> links = Row.all(em.createNativeQuery(LINKS, Tuple.class).setParameter("ids", seeds));
        Set<Long> ids = new HashSet<>(List.of(seeds));
        links.forEach(r -> {
            ids.add(r.number("f"));
            ids.add(r.number("t"));
        });
        Map<Long, Corroboration.Node> byId = nodes(ids);
        Map<UUID, Corroboration.Node> nodes = new HashMap<>();
        byId.values().forEach(n -> nodes.put(n.id(), n));
        List<Corroboration.Edge> edges = links.stream().map(r -> new Corroboration.Edge(
                byId.get(r.number("f")).id(), byId.get(r.number("t")).id(), r.word(LinkType.class, "type"))).toList();
        Map<Long, Corroboration.Node> seedNodes = new HashMap<>();
        for (Long seed : seeds) {
            seedNodes.put(seed, byId.get(seed));
        }
        return new Graph(nodes, edges, seedNodes);
    }

    private Map<Long, Corroboration.Node> nodes(Set<Long> ids) {
        List<Row> rows = Row.all(em.createNativeQuery("SELECT c.id, c.public_id, s.slug, s.name, s.party_id, s.kind"
                        + " FROM claim c JOIN source s ON s.id = c.source_id WHERE c.id = ANY(CAST(:ids AS bigint[]))",
                        Tuple.class).setParameter("ids", ids.toArray(Long[]::new)));
        Map<Long, String> sides = Sides.of(em, rows.stream().map(r -> r.number("party_id")).toList());
        Map<Long, Corroboration.Node> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.number("id"), new Corroboration.Node(r.uuid("public_id"), r.string("slug"),
                r.string("name"), r.number("party_id") == null ? null : sides.get(r.number("party_id")),
                SourceKind.ENCYCLOPEDIA.wire().equals(r.string("kind")))));
        return byId;
    }
}

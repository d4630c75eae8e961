package org.claimledger.corroboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.claimledger.claim.Claim;
import org.claimledger.claim.Stance;
import org.claimledger.common.Cursor;
import org.claimledger.common.Page;
import org.claimledger.comparison.Parties;
import org.claimledger.party.Party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups allegations: the claims about one incident form one allegation; allegations without an
 * incident are grouped with the claims linked to them (the denial of a claim joins that claim).
 */
@ApplicationScoped
public class AllegationService {
    private final EntityManager em;

    AllegationService(EntityManager em) {
        this.em = em;
    }

    public Page<AllegationView> list(String incident, String q, String cursor, int limit) {
        List<Claim> claims = relevant(incident, q);
        Parties parties = Parties.load();
        Map<String, List<Claim>> groups = group(claims);
        String after = Cursor.decode(cursor);
        List<Map.Entry<String, List<Claim>>> page = groups.entrySet().stream()
                .filter(e -> after == null || e.getKey().compareTo(after) > 0).limit(limit + 1L).toList();
        return Page.of(page, limit, Map.Entry::getKey, e -> Allegations.view(e.getValue(), parties));
    }

    /** The matching claims, widened to every claim of the incidents they name and every claim linked to them. */
    @SuppressWarnings("unchecked")
    private List<Claim> relevant(String incident, String q) {
        StringBuilder sql = new StringBuilder("SELECT c.id FROM claim c WHERE c.status = 'active'"
                + " AND (c.category = 'allegation' OR c.incident IS NOT NULL)");
        if (incident != null) {
            sql.append(" AND c.incident = :incident");
        }
        if (q != null && !q.isBlank()) {
            sql.append(" AND c.search @@ websearch_to_tsquery('english', :q)");
        }
        var query = em.createNativeQuery(sql.toString());
        if (incident != null) {
            query.setParameter("incident", incident);
        }
        if (q != null && !q.isBlank()) {
            query.setParameter("q", q);
        }
        List<Long> seeds = ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
        if (seeds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("WITH seed AS (SELECT id, incident FROM claim WHERE id = ANY(CAST(:ids AS bigint[])))"
                        + " SELECT c.* FROM claim c WHERE c.status = 'active' AND (c.id IN (SELECT id FROM seed)"
                        + " OR c.incident IN (SELECT incident FROM seed WHERE incident IS NOT NULL)"
                        + " OR (c.category = 'allegation' AND c.id IN (SELECT CASE WHEN l.from_claim_id = s.id"
                        + " THEN l.to_claim_id ELSE l.from_claim_id END FROM claim_link l JOIN seed s"
                        + " ON s.incident IS NULL AND (l.from_claim_id = s.id OR l.to_claim_id = s.id)"
                        + " WHERE l.status = 'active'))) ORDER BY c.id", Claim.class)
                .setParameter("ids", seeds.toArray(Long[]::new)).getResultList();
    }

    private Map<String, List<Claim>> group(List<Claim> claims) {
        Map<Long, Long> root = new HashMap<>();
        claims.forEach(c -> root.put(c.id, c.id));
        if (!claims.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> links = em.createNativeQuery("SELECT from_claim_id, to_claim_id FROM claim_link"
                            + " WHERE status = 'active' AND from_claim_id = ANY(CAST(:ids AS bigint[]))"
                            + " AND to_claim_id = ANY(CAST(:ids AS bigint[]))")
                    .setParameter("ids", claims.stream().map(c -> c.id).toArray(Long[]::new)).getResultList();
            Map<Long, Claim> byId = new HashMap<>();
            claims.forEach(c -> byId.put(c.id, c));
            for (Object[] l : links) {
                Claim a = byId.get(((Number) l[0]).longValue());
                Claim b = byId.get(((Number) l[1]).longValue());
                if (a.incident == null && b.incident == null) {
                    root.put(find(root, a.id), find(root, b.id));
                }
            }
        }
        Map<String, List<Claim>> groups = new TreeMap<>();
        for (Claim c : claims) {
            String key = c.incident != null ? "0:" + c.incident : "1:" + String.format("%019d", find(root, c.id));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        return groups;
    }

    private static long find(Map<Long, Long> root, long id) {
        long r = id;
        while (root.get(r) != r) {
            r = root.get(r);
        }
        root.put(id, r);
        return r;
    }

    /** Building the view of one group. */
    static final class Allegations {
        private Allegations() {
        }

        static AllegationView view(List<Claim> claims, Parties parties) {
            Set<String> accused = new LinkedHashSet<>();
            claims.stream().map(c -> c.perpetrator).filter(Objects::nonNull).forEach(p -> accused.add(p.slug));
            Set<String> accusedSides = new LinkedHashSet<>();
            claims.stream().map(c -> c.perpetrator).filter(Objects::nonNull)
                    .map(p -> parties.sideOf(parties.byId(p.id))).filter(Objects::nonNull).forEach(accusedSides::add);
            List<AllegationView.Voice> asserting = new ArrayList<>();
            List<AllegationView.Voice> denying = new ArrayList<>();
            for (Claim c : claims) {
                String side = parties.sideOf(c.source.party == null ? null : parties.byId(c.source.party.id));
                String standing = side == null ? "independent" : accusedSides.contains(side) ? "accused-side" : "accuser";
                AllegationView.Voice voice = new AllegationView.Voice(c.publicId, c.source.slug, c.source.name, side,
                        standing, c.category, c.statedOn, c.statement, c.quantity());
                (c.stance == Stance.DENIES ? denying : asserting).add(voice);
            }
            List<String> independent = asserting.stream().filter(v -> v.standing().equals("independent"))
                    .map(AllegationView.Voice::sourceName).distinct().toList();
            Claim first = claims.get(0);
            return new AllegationView(first.incident, List.copyOf(accused), first.location,
                    summary(asserting, denying), asserting, denying, independent);
        }

        private static String summary(List<AllegationView.Voice> asserting, List<AllegationView.Voice> denying) {
            String asserted = asserting.isEmpty() ? "Asserted by nobody"
                    : "Asserted by " + String.join(", ", asserting.stream().map(AllegationView.Voice::sourceName)
                    .distinct().toList());
            return asserted + (denying.isEmpty() ? "; denied by nobody." : "; denied by " + String.join(", ",
                    denying.stream().map(AllegationView.Voice::sourceName).distinct().toList()) + ".");
        }
    }
}

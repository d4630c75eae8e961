package org.claimledger.corroboration;

import jakarta.persistence.EntityManager;
import org.claimledger.claim.Category;
import org.claimledger.claim.Qualifier;
import org.claimledger.claim.Quantity;
import org.claimledger.common.SqlValues;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claims of the allegations of one page, in one query. An incident's allegation holds its claims
 * that accuse someone (a perpetrator, stance asserts) and its claims that deny; an accusation without an
 * incident is an allegation of its own. Either way, the claims linked to an accusation by "denies" join
 * as denials, wherever they come from.
 */
final class AllegationMembers {
    private AllegationMembers() {
    }

    /** One claim of an allegation; {@code group}: the allegation's key, as {@link AllegationKeys.Key#cursor()}. */
    record Member(String group, boolean accuses, long id, UUID publicId, String location, Category category,
                  LocalDate statedOn, String statement, Quantity quantity, Long perpetratorId, String perpetrator) {
    }

    static Map<String, List<Member>> of(EntityManager em, List<String> incidents, List<Long> accusations) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH acc AS ("
                        + " SELECT c.id, CASE WHEN c.incident IS NULL THEN 'c:' || c.id ELSE 'i:' || c.incident END AS grp"
                        + " FROM claim c WHERE c.perpetrator_id IS NOT NULL AND c.stance = 'asserts' AND c.status = 'active'"
                        + " AND (c.incident = ANY(CAST(:incidents AS text[]))"
                        + " OR (c.incident IS NULL AND c.id = ANY(CAST(:ids AS bigint[]))))),"
                        + " den AS (SELECT c.id, 'i:' || c.incident AS grp FROM claim c WHERE c.stance = 'denies'"
                        + " AND c.status = 'active' AND c.incident = ANY(CAST(:incidents AS text[]))"
                        + " UNION SELECT l.from_claim_id, a.grp FROM acc a JOIN claim_link l ON l.to_claim_id = a.id"
                        + " AND l.type = 'denies' AND l.status = 'active'"
                        + " JOIN claim d ON d.id = l.from_claim_id AND d.status = 'active')"
                        + " SELECT m.grp, m.accuses, c.id, c.public_id, c.location, c.category, c.stated_on, c.statement,"
                        + " c.qty_low, c.qty_high, c.qualifier, c.qty_text, c.perpetrator_id, p.slug"
                        + " FROM (SELECT grp, true AS accuses, id FROM acc UNION ALL SELECT grp, false, id FROM den) m"
                        + " JOIN claim c ON c.id = m.id LEFT JOIN party p ON p.id = c.perpetrator_id"
                        + " ORDER BY m.grp, m.accuses DESC, c.stated_on, c.id")
                .setParameter("incidents", incidents.toArray(String[]::new))
                .setParameter("ids", accusations.toArray(Long[]::new)).getResultList();
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Qualifier qualifier = SqlValues.word(Qualifier.class, r[10]);
            Member m = new Member((String) r[0], (Boolean) r[1], SqlValues.number(r[2]), (UUID) r[3], (String) r[4],
                    SqlValues.word(Category.class, r[5]), SqlValues.date(r[6]), (String) r[7],
                    qualifier == null ? null : new Quantity(SqlValues.number(r[8]), SqlValues.number(r[9]), qualifier,
                            (String) r[11]), SqlValues.number(r[12]), (String) r[13]);
            groups.computeIfAbsent(m.group(), k -> new java.util.ArrayList<>()).add(m);
        }
        return groups;
    }
}
